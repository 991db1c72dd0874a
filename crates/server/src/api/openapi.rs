//! The OpenAPI 3.1 document of API v1 (`GET /api/v1/openapi.json`). The request and answer
//! bodies are JSON Schemas generated from the protocol's own types (schemars reads their serde
//! attributes: required fields, `additionalProperties: false`, the tagged per-item answers, and
//! the constraints stated beside each field), so the document cannot drift from what the server
//! parses. The operations, their parameters, statuses and links are the table below; the
//! operations part of `API.md` is generated from this document (`operations_markdown`).

use std::sync::OnceLock;

use blue_vest_protocol::{
    ApiError, AttendanceBatch, BatchResult, CodeReservationRequest, EventInfo, EventList, EventPatchRequest,
    LearnerCode, LoginRequest, LoginResponse, NewEventRequest, PHONE_HEADER, PackInfo, PackList, PackRefusal,
    ReservedCodes, SeniorTokenRequest, SeniorTokenResponse, form,
};
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

/// Who may call an operation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Auth {
    None,
    Volunteer,
    VolunteerOrSenior,
}

/// An operation's request body.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Body {
    None,
    /// JSON of this schema (component name).
    Json(&'static str),
    /// A lesson pack's ZIP archive, the bytes themselves.
    Zip,
}

/// An operation's query parameters.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Query {
    None,
    /// `state`, `limit`, `before` (the events' pages).
    Events,
    /// `city`, `date` (the packs for a city on a date).
    Packs,
}

/// The media types a pack upload may be sent as (the first is the one to use).
pub const ZIP_TYPES: [&str; 3] = ["application/zip", "application/x-zip-compressed", "application/octet-stream"];

/// A successful answer that is a ZIP archive, not JSON (`ok`'s schema).
const ZIP: &str = "zip";

/// One operation of the API.
struct Op {
    method: &'static str,
    path: &'static str,
    id: &'static str,
    summary: &'static str,
    description: &'static str,
    tag: &'static str,
    auth: Auth,
    body: Body,
    query: Query,
    /// Successful answers: status, description, body schema (component name, or `ZIP`).
    ok: &'static [(u16, &'static str, Option<&'static str>)],
    /// Failure answers: status and the stable codes it carries here.
    errors: &'static [(u16, &'static str)],
    /// The failure statuses whose body is a `PackRefusal` (with every problem), not an `ApiError`.
    refusals: &'static [u16],
}

const OPS: &[Op] = &[
    Op {
        method: "post",
        path: "/api/v1/login",
        id: "login",
        summary: "Sign a volunteer in",
        description: "Rate-limited per client address (behind a configured proxy, the address it forwards; IPv6 by /64) and wrong passwords per account. At most a few password checks run at once; past them a sign-in waits a little, then gets 503.",
        tag: "auth",
        auth: Auth::None,
        body: Body::Json("LoginRequest"),
        query: Query::None,
        ok: &[(200, "Signed in: a volunteer bearer token.", Some("LoginResponse"))],
        errors: &[
            (400, "bad_request"),
            (401, "bad_credentials"),
            (408, "timeout"),
            (413, "too_large"),
            (415, "unsupported_media_type"),
            (429, "rate_limited"),
            (500, "internal"),
            (503, "busy"),
        ],
        refusals: &[],
    },
    Op {
        method: "post",
        path: "/api/v1/logout",
        id: "logout",
        summary: "Revoke the volunteer token",
        description: "The token stops working at once.",
        tag: "auth",
        auth: Auth::Volunteer,
        body: Body::None,
        query: Query::None,
        ok: &[(204, "The token is revoked.", None)],
        errors: &[(401, "unauthorized"), (403, "forbidden"), (408, "timeout"), (500, "internal")],
        refusals: &[],
    },
    Op {
        method: "get",
        path: "/api/v1/events",
        id: "listEvents",
        summary: "List the organisation's events",
        description: "The caller's own organisation's events, newest start first, a page at a time.",
        tag: "events",
        auth: Auth::Volunteer,
        body: Body::None,
        query: Query::Events,
        ok: &[(200, "A page of events.", Some("EventList"))],
        errors: &[(400, "bad_request"), (401, "unauthorized"), (403, "forbidden"), (408, "timeout"), (500, "internal")],
        refusals: &[],
    },
    Op {
        method: "post",
        path: "/api/v1/events",
        id: "createEvent",
        summary: "Create an event",
        description: "With `client_id`, creating twice is creating once (200 and the existing event). With `code`, the code the volunteer already showed: 409 `code_taken` if an open event has it or another organisation keeps it for its events made offline.",
        tag: "events",
        auth: Auth::Volunteer,
        body: Body::Json("NewEventRequest"),
        query: Query::None,
        ok: &[
            (200, "An event with this client_id exists: that event.", Some("Event")),
            (201, "Created.", Some("Event")),
        ],
        errors: &[
            (400, "bad_request"),
            (401, "unauthorized"),
            (403, "forbidden"),
            (408, "timeout"),
            (409, "code_taken, taken (client_id of another organisation)"),
            (413, "too_large"),
            (415, "unsupported_media_type"),
            (500, "internal"),
        ],
        refusals: &[],
    },
    Op {
        method: "get",
        path: "/api/v1/events/{id}",
        id: "getEvent",
        summary: "Get an event",
        description: "One of the organisation's events.",
        tag: "events",
        auth: Auth::Volunteer,
        body: Body::None,
        query: Query::None,
        ok: &[(200, "The event.", Some("Event"))],
        errors: &[
            (400, "bad_request"),
            (401, "unauthorized"),
            (403, "forbidden"),
            (404, "not_found"),
            (408, "timeout"),
            (500, "internal"),
        ],
        refusals: &[],
    },
    Op {
        method: "patch",
        path: "/api/v1/events/{id}",
        id: "updateEvent",
        summary: "Change an open event",
        description: "Absent fields stay as they are. Its city and month cannot change once attendance is counted.",
        tag: "events",
        auth: Auth::Volunteer,
        body: Body::Json("EventPatchRequest"),
        query: Query::None,
        ok: &[(200, "The changed event.", Some("Event"))],
        errors: &[
            (400, "bad_request"),
            (401, "unauthorized"),
            (403, "forbidden"),
            (404, "not_found"),
            (408, "timeout"),
            (409, "event_closed, event_has_attendance"),
            (413, "too_large"),
            (415, "unsupported_media_type"),
            (500, "internal"),
        ],
        refusals: &[],
    },
    Op {
        method: "post",
        path: "/api/v1/events/{id}/close",
        id: "closeEvent",
        summary: "Close an event",
        description: "Sets closed_at; the code is free for other events again. Records made while it was open are still taken for 30 days after.",
        tag: "events",
        auth: Auth::Volunteer,
        body: Body::None,
        query: Query::None,
        ok: &[(200, "The closed event.", Some("Event"))],
        errors: &[
            (400, "bad_request"),
            (401, "unauthorized"),
            (403, "forbidden"),
            (404, "not_found"),
            (408, "timeout"),
            (500, "internal"),
        ],
        refusals: &[],
    },
    Op {
        method: "post",
        path: "/api/v1/senior-token",
        id: "createSeniorToken",
        summary: "Get a senior token for an event code",
        description: "Any well-formed code gets a token; whether the code is in use is answered per record on upload. Asking for codes no open event carries spends a small budget per client address and per server; once it is spent, every request gets 429 (so a refusal tells nothing about a code). The token checks in one learner: the first it uploads for.",
        tag: "auth",
        auth: Auth::None,
        body: Body::Json("SeniorTokenRequest"),
        query: Query::None,
        ok: &[(201, "A senior bearer token for this event code.", Some("SeniorTokenResponse"))],
        errors: &[
            (400, "bad_request"),
            (408, "timeout"),
            (413, "too_large"),
            (415, "unsupported_media_type"),
            (429, "rate_limited"),
            (500, "internal"),
        ],
        refusals: &[],
    },
    Op {
        method: "post",
        path: "/api/v1/code-reservations",
        id: "reserveCodes",
        summary: "Keep codes for events made offline",
        description: "The volunteer's kept codes, topped up to `count`; nobody else gets them while they are kept (30 days). An event created with one uses it up.",
        tag: "events",
        auth: Auth::Volunteer,
        body: Body::Json("CodeReservationRequest"),
        query: Query::None,
        ok: &[(200, "Every code kept for the volunteer.", Some("ReservedCodes"))],
        errors: &[
            (400, "bad_request"),
            (401, "unauthorized"),
            (403, "forbidden"),
            (408, "timeout"),
            (413, "too_large"),
            (415, "unsupported_media_type"),
            (500, "internal"),
        ],
        refusals: &[],
    },
    Op {
        method: "post",
        path: "/api/v1/attendance",
        id: "uploadAttendance",
        summary: "Upload attendance records",
        description: "A volunteer's token, or a senior's (its own code, its one learner, a few uploads). The batch is refused as a whole (400) when it breaks the schema (size, repeated ids, a record's form). Otherwise each record is answered on its own, in order: `created`, `duplicate` (same id, same content), `conflict` (same id, other content: both kept for an organiser), or `rejected` with a reason: `unknown_event_code` (no event of the caller's with this code — another organisation's code answers the same), `event_closed` (no event held the code when the record was made, or it closed over 30 days ago), `not_permitted` (a senior token's other code or learner), `invalid` with `detail` (the learner code's check character). A record belongs to the event that held its code when it was made: the receipt time minus `age_ms`, else `device_time`. Only lesson ids of the server's lessons count, each once.",
        tag: "attendance",
        auth: Auth::VolunteerOrSenior,
        body: Body::Json("AttendanceBatch"),
        query: Query::None,
        ok: &[(200, "One result per record, in the upload's order.", Some("BatchResult"))],
        errors: &[
            (400, "bad_request"),
            (401, "unauthorized"),
            (408, "timeout"),
            (413, "too_large"),
            (415, "unsupported_media_type"),
            (429, "rate_limited"),
            (500, "internal"),
        ],
        refusals: &[],
    },
    Op {
        method: "post",
        path: "/api/v1/packs",
        id: "uploadPack",
        summary: "Publish a lesson pack",
        description: "The body is the pack's ZIP archive itself (stored or deflate entries): `pack.toml`, `lessons/<id>.toml`, `locales/<locale>/lessons/<id>.ftl`, `pictures/<name>.svg|png`, optionally `voice/<locale>/<message>.ogg|wav`. The server reads it under the pack limits (5 MiB archive, 200 entries, 8 MiB per file and 20 MiB unpacked, at most 100 times its compressed size per file past 256 KiB; no paths outside the pack, no links, only the known file types), checks it with the app's content checker, signs it with the campaign's Ed25519 key and keeps it as the pack's next version. The newest version's exact bytes again change nothing (200). A pack id belongs to the organisation that first published it. A refusal (413, 422) names every problem, one per entry of `problems` and per line of `message`: `content_problems` (the checker's lines), or a limit: `too_many_files`, `parent_path`, `absolute_path`, `backslash`, `drive_letter`, `symlink`, `outside_layout`, `directory_outside_layout`, `unknown_file_type`, `wrong_content`, `bad_name`, `duplicate_path`, `declared_file_too_large`, `declared_total_too_large`, `file_too_large`, `total_too_large`, `archive_bomb`, `encrypted`, `unsupported_compression`, `damaged_entry`, `not_an_archive`, `missing_manifest`.",
        tag: "packs",
        auth: Auth::Volunteer,
        body: Body::Zip,
        query: Query::None,
        ok: &[
            (200, "The same bytes as the newest version: nothing changed.", Some("PackInfo")),
            (201, "Published: a new version, signed.", Some("PackInfo")),
        ],
        errors: &[
            (400, "bad_request"),
            (401, "unauthorized"),
            (403, "forbidden"),
            (408, "timeout"),
            (409, "pack_id_taken"),
            (413, "archive_too_large"),
            (415, "unsupported_media_type"),
            (422, "content_problems, not_an_archive, parent_path, archive_bomb, …"),
            (500, "internal"),
            (503, "packs_not_configured"),
        ],
        refusals: &[413, 422],
    },
    Op {
        method: "get",
        path: "/api/v1/packs",
        id: "listPacks",
        summary: "The lesson packs for a city on a date",
        description: "For phones (a volunteer's or a senior's token): the newest version of each pack that names the city, is valid on the date and is not withdrawn, and the ids of withdrawn packs that named the city (a phone removes those).",
        tag: "packs",
        auth: Auth::VolunteerOrSenior,
        body: Body::None,
        query: Query::Packs,
        ok: &[(200, "The packs.", Some("PackList"))],
        errors: &[(400, "bad_request"), (401, "unauthorized"), (408, "timeout"), (500, "internal")],
        refusals: &[],
    },
    Op {
        method: "get",
        path: "/api/v1/packs/{pack_id}",
        id: "getPack",
        summary: "A pack of one's own organisation, and where it went",
        description: "The newest version, and the phones (tokens), cities and events that fetched any version.",
        tag: "packs",
        auth: Auth::Volunteer,
        body: Body::None,
        query: Query::None,
        ok: &[(200, "The pack.", Some("PackInfo"))],
        errors: &[
            (400, "bad_request"),
            (401, "unauthorized"),
            (403, "forbidden"),
            (404, "not_found"),
            (408, "timeout"),
            (500, "internal"),
        ],
        refusals: &[],
    },
    Op {
        method: "post",
        path: "/api/v1/packs/{pack_id}/withdraw",
        id: "withdrawPack",
        summary: "Withdraw a pack",
        description: "Every version is withdrawn: no longer listed or served, and phones remove it on their next sync. Uploading it again publishes a new version.",
        tag: "packs",
        auth: Auth::Volunteer,
        body: Body::None,
        query: Query::None,
        ok: &[(200, "The withdrawn pack (`withdrawn_at` set).", Some("PackInfo"))],
        errors: &[
            (400, "bad_request"),
            (401, "unauthorized"),
            (403, "forbidden"),
            (404, "not_found"),
            (408, "timeout"),
            (500, "internal"),
        ],
        refusals: &[],
    },
    Op {
        method: "get",
        path: "/api/v1/packs/{pack_id}/versions/{version}/archive",
        id: "getPackArchive",
        summary: "A version's archive, byte for byte as signed",
        description: "A phone checks the signed statement, then this archive's SHA-256 against it. Each fetch is counted for the organiser's \"where it went\": once per phone (its `x-blue-vest-phone` id), else once per token.",
        tag: "packs",
        auth: Auth::VolunteerOrSenior,
        body: Body::None,
        query: Query::None,
        ok: &[(200, "The ZIP archive.", Some(ZIP))],
        errors: &[
            (400, "bad_request"),
            (401, "unauthorized"),
            (404, "not_found"),
            (408, "timeout"),
            (410, "pack_withdrawn"),
            (500, "internal"),
        ],
        refusals: &[],
    },
];

/// The sentence each failure status stands for.
fn status_text(op: &Op, status: u16) -> &'static str {
    if op.tag == "packs" {
        match status {
            403 => return "Another organisation's pack, or a senior's token where a volunteer's is needed.",
            404 => return "No such pack (or version).",
            409 => return "Another organisation publishes a pack with this id.",
            410 => return "The organisers withdrew this pack.",
            413 => return "The archive is over 5 MiB.",
            415 => {
                return "The body is not a ZIP archive's media type (`Content-Type: application/zip`, `application/x-zip-compressed` or `application/octet-stream`).";
            }
            422 => return "The pack is refused: the reason, and every problem.",
            503 => return "The server has no pack signing key (`serve --pack-key`).",
            _ => {}
        }
    }
    match status {
        400 => {
            "The request does not fit the schema, or a value is out of bounds; the message names the field or parameter."
        }
        401 => "No, an unknown, an expired or a revoked token (or, for sign-in, a wrong email or password).",
        403 => "Another organisation's event, or a senior's token where a volunteer's is needed.",
        404 => "No such event.",
        408 => "The request took too long; nothing was half done.",
        409 => "The request conflicts with the event's state.",
        413 => "The body is over 512 KiB.",
        415 => "The body is not JSON (`Content-Type: application/json`).",
        429 => {
            "Too many requests of this kind from this client (or, for senior tokens, this code or this server); wait `Retry-After` seconds."
        }
        500 => "The server's own fault, never bad input; nothing was lost.",
        503 => "The server is busy (password checks); wait `Retry-After` seconds.",
        _ => "",
    }
}

fn error_response(op: &Op, status: u16, codes: &str) -> Value {
    let schema = if op.refusals.contains(&status) { "PackRefusal" } else { "ApiError" };
    let mut response = json!({
        "description": format!("`{codes}`: {}", status_text(op, status)),
        "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } },
    });
    if status == 429 || (status, codes) == (503, "busy") {
        response["headers"] = json!({
            "Retry-After": {
                "description": "Seconds to wait before trying again.",
                "required": true,
                "schema": { "type": "integer", "minimum": 1 },
            }
        });
    }
    response
}

/// The links from an event answer to the operations that take it further, so a fuzzer walks
/// real flows: create → get → change → close → upload attendance for it (a record made while
/// the event was open is taken after it closes). The upload's record keeps the generated id
/// (a new record each time) and takes the event's code, a learner code that checks out, a
/// shipped lesson and the event's creation time.
fn event_links(from: &str) -> Value {
    let id = json!({ "id": "$response.body#/id" });
    let mut links = json!({ "GetEvent": { "operationId": "getEvent", "parameters": id } });
    if from != "closeEvent" {
        links["UpdateEvent"] = json!({ "operationId": "updateEvent", "parameters": id });
        links["CloseEvent"] = json!({ "operationId": "closeEvent", "parameters": id });
    }
    links["UploadAttendance"] = json!({
        "operationId": "uploadAttendance",
        "requestBody": { "records": [{
            "event_code": "$response.body#/code",
            "learner": LearnerCode::from_bits(42).as_str(),
            "recorded_by": "volunteer",
            "lessons_done": ["safety-police-call"],
            "device_time": "$response.body#/created_at",
        }]},
    });
    links
}

fn operation(op: &Op) -> Value {
    let mut o = Map::new();
    o.insert("operationId".into(), json!(op.id));
    o.insert("summary".into(), json!(op.summary));
    o.insert("description".into(), json!(op.description));
    o.insert("tags".into(), json!([op.tag]));
    o.insert(
        "security".into(),
        match op.auth {
            Auth::None => json!([]),
            _ => json!([{ "bearerAuth": [] }]),
        },
    );
    let mut parameters = Vec::new();
    if op.path.contains("{id}") {
        parameters.push(json!({
            "name": "id", "in": "path", "required": true, "description": "The event's id.",
            "schema": { "type": "integer", "format": "int64", "minimum": 1, "maximum": i64::MAX },
        }));
    }
    if op.path.contains("{pack_id}") {
        parameters.push(json!({
            "name": "pack_id", "in": "path", "required": true, "description": "The pack's id (from its pack.toml).",
            "schema": { "type": "string", "minLength": 3, "maxLength": 64, "pattern": form::PACK_ID_PATTERN },
        }));
    }
    if op.path.contains("{version}") {
        parameters.push(json!({
            "name": "version", "in": "path", "required": true, "description": "The version.",
            "schema": { "type": "integer", "format": "int64", "minimum": 1, "maximum": i64::MAX },
        }));
    }
    if op.id == "getPackArchive" {
        parameters.push(json!({
            "name": PHONE_HEADER, "in": "header", "required": false,
            "description": "The phone's random id (made once per phone, sent only here), so a phone is counted once.",
            "schema": { "type": "string", "pattern": "^[0-9a-f]{32}$" },
        }));
    }
    if op.query == Query::Packs {
        parameters.push(json!({
            "name": "city", "in": "query", "required": false,
            "description": "Default: the city of the senior token's event, or the volunteer's organisation's city.",
            "schema": { "type": "string", "minLength": 1, "maxLength": 100, "pattern": form::TEXT_PATTERN },
        }));
        parameters.push(json!({
            "name": "date", "in": "query", "required": false, "description": "Default: today (UTC).",
            "schema": { "type": "string", "format": "date", "pattern": form::DATE_PATTERN },
        }));
    }
    if op.query == Query::Events {
        parameters.push(json!({
            "name": "state", "in": "query", "required": false, "description": "Which events (default all).",
            "schema": { "type": "string", "enum": ["open", "closed", "all"] },
        }));
        parameters.push(json!({
            "name": "limit", "in": "query", "required": false, "description": "Page size (default 100).",
            "schema": { "type": "integer", "minimum": 1, "maximum": 500 },
        }));
        parameters.push(json!({
            "name": "before", "in": "query", "required": false, "description": "The `next` cursor of the previous page.",
            "schema": { "type": "string", "pattern": form::CURSOR_PATTERN },
        }));
    }
    if !parameters.is_empty() {
        o.insert("parameters".into(), Value::Array(parameters));
    }
    match op.body {
        Body::None => {}
        Body::Json(body) => {
            o.insert(
                "requestBody".into(),
                json!({
                    "required": true,
                    "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{body}") } } },
                }),
            );
        }
        Body::Zip => {
            let binary = json!({ "schema": { "type": "string", "format": "binary" } });
            let content: Map<String, Value> = ZIP_TYPES.iter().map(|t| ((*t).to_owned(), binary.clone())).collect();
            o.insert("requestBody".into(), json!({ "required": true, "content": content }));
        }
    }
    let mut responses = Map::new();
    for (status, description, schema) in op.ok {
        let mut r = json!({ "description": description });
        match *schema {
            Some(ZIP) => r["content"] = json!({ ZIP_TYPES[0]: { "schema": { "type": "string", "format": "binary" } } }),
            Some(schema) => {
                r["content"] =
                    json!({ "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } })
            }
            None => {}
        }
        if matches!(op.id, "createEvent" | "getEvent" | "updateEvent" | "closeEvent") {
            r["links"] = event_links(op.id);
        }
        responses.insert(status.to_string(), r);
    }
    for (status, codes) in op.errors {
        responses.insert(status.to_string(), error_response(op, *status, codes));
    }
    o.insert("responses".into(), Value::Object(responses));
    Value::Object(o)
}

/// The component schemas, generated from the protocol's types.
fn schemas() -> Map<String, Value> {
    let mut settings = SchemaSettings::draft2020_12();
    settings.definitions_path = "/components/schemas".into();
    let mut generator = settings.into_generator();
    macro_rules! add {
        ($($t:ty),* $(,)?) => {
            $( generator.subschema_for::<$t>(); )*
        };
    }
    add!(
        LoginRequest,
        LoginResponse,
        EventList,
        EventInfo,
        NewEventRequest,
        EventPatchRequest,
        SeniorTokenRequest,
        SeniorTokenResponse,
        CodeReservationRequest,
        ReservedCodes,
        AttendanceBatch,
        BatchResult,
        ApiError,
        PackList,
        PackInfo,
        PackRefusal,
    );
    generator.take_definitions(true)
}

/// The document, built once.
pub fn document() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        let mut paths = Map::new();
        for op in OPS {
            let entry = paths.entry(op.path).or_insert_with(|| json!({}));
            entry[op.method] = operation(op);
        }
        paths.insert(
            "/api/v1/openapi.json".into(),
            json!({ "get": {
                "operationId": "getOpenApi", "summary": "This OpenAPI 3.1 document", "tags": ["meta"], "security": [],
                "responses": { "200": { "description": "The OpenAPI document.",
                    "content": { "application/json": { "schema": { "type": "object" } } } } },
            }}),
        );
        paths.insert(
            "/healthz".into(),
            json!({ "get": {
                "operationId": "healthz", "summary": "Liveness check", "tags": ["meta"], "security": [],
                "responses": { "200": { "description": "The server is up.",
                    "content": { "text/plain": { "schema": { "type": "string", "const": "ok" } } } } },
            }}),
        );
        json!({
            "openapi": "3.1.0",
            "info": {
                "title": "Blue Vest volunteer server API",
                "version": "v1",
                "description": "The sync API between the Blue Vest app and the volunteer server. Bearer tokens go in `Authorization: Bearer <token>`; times are RFC 3339. Every error answer is JSON (`ApiError`: a stable code and a sentence), and every status an operation can answer is listed with it. Request bodies take no fields beyond those listed.",
            },
            "servers": [{ "url": "/" }],
            "tags": [
                { "name": "auth" },
                { "name": "events" },
                { "name": "attendance" },
                { "name": "packs", "description": "Lesson packs: fresh scam warnings that organisers publish and phones fetch at events." },
                { "name": "meta" },
            ],
            "paths": paths,
            "components": {
                "securitySchemes": { "bearerAuth": {
                    "type": "http", "scheme": "bearer",
                    "description": "A volunteer token (from /api/v1/login) or, for /api/v1/attendance, listing lesson packs and fetching their archives only, a senior token (from /api/v1/senior-token).",
                }},
                "schemas": schemas(),
            },
        })
    })
}

/// The operations table of `API.md`, from the document: method, path, auth, body, answers.
pub fn operations_markdown() -> String {
    let doc = document();
    let mut out = String::from("| Method | Path | Auth | Body | Answers |\n|---|---|---|---|---|\n");
    for op in OPS {
        let o = &doc["paths"][op.path][op.method];
        let auth = match op.auth {
            Auth::None => "none",
            Auth::Volunteer => "volunteer",
            Auth::VolunteerOrSenior => "volunteer or senior",
        };
        let body = match op.body {
            Body::None => "–".to_owned(),
            Body::Json(b) => format!("`{b}`"),
            Body::Zip => "the ZIP archive".to_owned(),
        };
        let mut answers = Vec::new();
        for (status, r) in o["responses"].as_object().into_iter().flatten() {
            let what = match r["content"].as_object().and_then(|c| c.values().next()) {
                Some(c) => {
                    let schema = c["schema"]["$ref"].as_str().unwrap_or("").trim_start_matches("#/components/schemas/");
                    if schema.is_empty() {
                        "ZIP archive".to_owned()
                    } else if schema == "ApiError" || schema == "PackRefusal" {
                        let codes = r["description"].as_str().unwrap_or("").split('`').nth(1).unwrap_or("").to_owned();
                        format!("`{codes}`")
                    } else {
                        format!("`{schema}`")
                    }
                }
                None => "no body".to_owned(),
            };
            answers.push(format!("{status} {what}"));
        }
        out.push_str(&format!(
            "| {} | `{}` | {auth} | {body} | {} |\n",
            op.method.to_uppercase(),
            op.path,
            answers.join("; ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_referenced_is_defined_and_bodies_take_no_unknown_fields() {
        let doc = document();
        let text = doc.to_string();
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for (at, _) in text.match_indices("#/components/schemas/") {
            let name: String = text[at + 21..].chars().take_while(|c| c.is_alphanumeric()).collect();
            assert!(schemas.contains_key(&name), "{name} is referenced but not defined");
        }
        for name in [
            "LoginRequest",
            "NewEventRequest",
            "EventPatchRequest",
            "SeniorTokenRequest",
            "AttendanceBatch",
            "CodeReservationRequest",
        ] {
            assert_eq!(schemas[name]["additionalProperties"], json!(false), "{name}");
        }
        let record = &schemas["AttendanceRecord"];
        assert_eq!(record["additionalProperties"], json!(false));
        assert_eq!(record["properties"]["lessons_done"]["items"]["pattern"], form::LESSON_ID_PATTERN);
        assert_eq!(schemas["NewEventRequest"]["properties"]["venue"]["maxLength"], 200);
        assert_eq!(schemas["NewEventRequest"]["properties"]["venue"]["minLength"], 1);
    }

    /// The pack operations: their answers' schemas take no other fields, a pack id is what the
    /// core takes, the upload is the ZIP itself and a refusal names every problem.
    #[test]
    fn the_pack_operations_state_what_the_server_takes_and_answers() {
        let doc = document();
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for name in ["PackList", "PackOffer", "PackSignature", "PackInfo", "PackReach", "PackRefusal"] {
            assert_eq!(schemas[name]["additionalProperties"], json!(false), "{name}");
        }
        assert_eq!(schemas["PackRefusal"]["properties"]["problems"]["minItems"], 1);
        let upload = &doc["paths"]["/api/v1/packs"]["post"];
        let mut types: Vec<&str> =
            upload["requestBody"]["content"].as_object().unwrap().keys().map(|k| k.as_str()).collect();
        let mut zip_types = ZIP_TYPES.to_vec();
        types.sort_unstable();
        zip_types.sort_unstable();
        assert_eq!(types, zip_types);
        for status in ["413", "422"] {
            let schema = &upload["responses"][status]["content"]["application/json"]["schema"]["$ref"];
            assert_eq!(schema, "#/components/schemas/PackRefusal", "{status}");
        }
        assert!(upload["responses"]["503"].get("headers").is_none(), "no Retry-After for a missing key");
        let archive = &doc["paths"]["/api/v1/packs/{pack_id}/versions/{version}/archive"]["get"];
        assert!(archive["responses"]["200"]["content"]["application/zip"].is_object());
        let pattern = regex::Regex::new(form::PACK_ID_PATTERN).unwrap();
        for id in
            ["demo", "abc", "a-b", "a1-2b", "ab-", "a--b", "1ab", "Abc", "ab", "ab_c", &"a".repeat(64), &"a".repeat(65)]
        {
            let by_schema = pattern.is_match(id) && (3..=64).contains(&id.chars().count());
            assert_eq!(by_schema, blue_vest_core::packs::is_pack_id(id), "{id}");
            assert_eq!(form::is_pack_id(id), blue_vest_core::packs::is_pack_id(id), "{id}");
        }
    }

    /// `API.md`'s operations table is the document's: regenerated here, it must be the same
    /// (`BLUE_VEST_UPDATE_API_MD=1 cargo test -p blue-vest-server --lib api_md` rewrites it).
    #[test]
    fn api_md_agrees_with_the_document() {
        const START: &str = "<!-- operations: generated from the OpenAPI document (src/api/openapi.rs) -->\n";
        const END: &str = "<!-- end of operations -->";
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("API.md");
        let text = std::fs::read_to_string(&path).unwrap();
        let (before, rest) = text.split_once(START).expect("API.md has the operations' start marker");
        let (current, after) = rest.split_once(END).expect("API.md has the operations' end marker");
        let generated = operations_markdown();
        if current != generated {
            if std::env::var_os("BLUE_VEST_UPDATE_API_MD").is_some() {
                std::fs::write(&path, format!("{before}{START}{generated}{END}{after}")).unwrap();
            } else {
                panic!(
                    "API.md's operations differ from the OpenAPI document; regenerate with BLUE_VEST_UPDATE_API_MD=1:\n{generated}"
                );
            }
        }
        // Every path of the document is in API.md.
        for path in document()["paths"].as_object().unwrap().keys() {
            assert!(text.contains(&format!("`{path}")), "{path} is not in API.md");
        }
    }
}
