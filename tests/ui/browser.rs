//! Debian's chromium, headless, through chromedriver's W3C WebDriver API over plain blocking
//! HTTP (the same protocol the server's dashboard tests speak through fantoccini): enough to sign
//! in to the dashboard and publish a lesson pack with its form, as an organiser would.

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WAIT: Duration = Duration::from_secs(15);
/// The W3C name of an element reference in WebDriver answers.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Browser {
    driver: Child,
    base: String,
    http: reqwest::blocking::Client,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts chromedriver on a free port and a headless chromium session.
    pub fn start() -> Browser {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start /usr/bin/chromedriver (apt install chromium-driver)");
        let profile = tempfile::tempdir().unwrap();
        let http = reqwest::blocking::Client::builder().timeout(Duration::from_secs(60)).build().unwrap();
        let root = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + WAIT;
        while !http
            .get(format!("{root}/status"))
            .send()
            .ok()
            .and_then(|r| r.json::<Value>().ok())
            .is_some_and(|v| v["value"]["ready"] == true)
        {
            assert!(Instant::now() < deadline, "chromedriver did not answer on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", profile.path().display()), "--window-size=1280,1800",
                ],
                "prefs": {"intl.accept_languages": "zh-CN,zh"},
            },
        }}});
        let session: Value = http.post(format!("{root}/session")).json(&caps).send().unwrap().json().unwrap();
        let id = session["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no chromium session: {session}"));
        Browser { base: format!("{root}/session/{id}"), driver, http, _profile: profile }
    }

    fn call(&self, method: reqwest::Method, path: &str, body: Value) -> Value {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        // chromedriver refuses a body on a GET ("missing command parameters").
        if !body.is_null() {
            req = req.json(&body);
        }
        let answer: Value = req.send().unwrap().json().unwrap();
        answer["value"].clone()
    }

    pub fn goto(&self, url: &str) {
        self.call(reqwest::Method::POST, "/url", json!({"url": url}));
    }

    pub fn path(&self) -> String {
        let url = self.call(reqwest::Method::GET, "/url", Value::Null);
        let url = url.as_str().unwrap_or_default();
        url.splitn(4, '/').nth(3).map(|p| format!("/{}", p.split('?').next().unwrap_or(""))).unwrap_or_default()
    }

    /// The element `css` selects, waiting for it to appear.
    pub fn find(&self, css: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let found = self.call(reqwest::Method::POST, "/element", json!({"using": "css selector", "value": css}));
            if let Some(id) = found[ELEMENT].as_str() {
                return id.to_owned();
            }
            assert!(Instant::now() < deadline, "no {css} at {}: {found}", self.path());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css);
        self.call(reqwest::Method::POST, &format!("/element/{id}/value"), json!({"text": text}));
    }

    pub fn text(&self, css: &str) -> String {
        let id = self.find(css);
        self.call(reqwest::Method::GET, &format!("/element/{id}/text"), Value::Null)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Clicks and waits until the browser shows another document (the old root goes stale).
    pub fn click_to_new_page(&self, css: &str) {
        let root = self.find("html");
        let id = self.find(css);
        self.call(reqwest::Method::POST, &format!("/element/{id}/click"), json!({}));
        let deadline = Instant::now() + WAIT;
        while self.call(reqwest::Method::GET, &format!("/element/{root}/name"), Value::Null).is_string() {
            assert!(Instant::now() < deadline, "no new page after clicking {css} at {}", self.path());
            std::thread::sleep(Duration::from_millis(50));
        }
        self.find("main");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.http.delete(&self.base).send();
        // chromedriver and any chromium it left, as one process group.
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", self.driver.id())]).status();
        let _ = self.driver.wait();
    }
}
