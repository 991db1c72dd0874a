//! Every Fluent message id the Rust side chooses for the views (states, reasons, form outcomes,
//! notices, headings). One list: `Text::ALL` is generated with the enum, so the message test
//! (`tests/messages.rs`) checks exactly what the code can show. Ids that the views write
//! themselves live in `ui/`; lesson texts live in the lesson files.

macro_rules! texts {
    ($( $(#[$doc:meta])* $name:ident = $id:literal, )*) => {
        /// A message id chosen in Rust.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Text {
            $( $(#[$doc])* $name, )*
        }

        impl Text {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Text] = &[$( Text::$name, )*];

            /// The Fluent message id.
            pub fn id(self) -> &'static str {
                match self {
                    $( Text::$name => $id, )*
                }
            }
        }
    };
}

texts! {
    AppName = "app-name",
    /// A language's own name, in that language (Settings' language choice).
    LanguageName = "language-name",
    TrackPhone = "track-phone",
    TrackSafety = "track-safety",
    /// Home's card of lessons from lesson packs (fresh scam warnings), said on Home when it shows.
    HomeNewThisWeek = "home-new-this-week",
    /// Between the items of a short list ("A, B" / "A、B").
    ListSeparator = "list-separator",
    LessonStep = "lesson-step",
    ReviewStep = "review-step",
    ReviewTitle = "review-title",

    ContactSaved = "contact-saved",
    ContactRemoved = "contact-removed",
    ContactNameMissing = "contact-error-name-missing",
    ContactNameTooLong = "contact-error-name-too-long",
    ContactPhoneMissing = "contact-error-phone-missing",
    ContactPhoneInvalid = "contact-error-phone-invalid",

    NoticeStoreRecovered = "notice-store-recovered",
    NoticeStoreMemory = "notice-store-memory",

    CheckedInAlready = "checked-in-already",
    CheckInErrorStorage = "check-in-error-storage",

    RecordWaiting = "record-waiting",
    /// Waiting: the server answered in a way only a newer app understands.
    RecordUpdateApp = "record-update-app",
    RecordSent = "record-sent",
    RecordSentConflict = "record-sent-conflict",
    RecordRejectedUnknownCode = "record-rejected-unknown-code",
    RecordRejectedClosed = "record-rejected-closed",
    RecordRejectedNotPermitted = "record-rejected-not-permitted",
    RecordRejectedInvalid = "record-rejected-invalid",
    RecordQuarantined = "record-quarantined",

    SyncProblemNoServer = "sync-problem-no-server",
    SyncProblemOffline = "sync-problem-offline",
    SyncProblemSignInNeeded = "sync-problem-sign-in-needed",
    SyncProblemStorage = "sync-problem-storage",
    SyncProblemServerTrouble = "sync-problem-server-trouble",
    SyncProblemUpdateNeeded = "sync-problem-update-needed",

    SignInErrorPassword = "sign-in-error-password",
    SignInErrorOffline = "sign-in-error-offline",
    SignInErrorTooMany = "sign-in-error-too-many",
    SignInErrorServer = "sign-in-error-server",
    SignInErrorRefused = "sign-in-error-refused",
    SignInErrorMissing = "sign-in-error-missing",
    SignInErrorAddress = "sign-in-error-address",
    SignInErrorStorage = "sign-in-error-storage",

    VolunteerCheckInDone = "volunteer-check-in-done",
    VolunteerCheckInAlready = "volunteer-check-in-already",
    VolunteerCheckInMistyped = "volunteer-check-in-mistyped",
    VolunteerCheckInFormat = "volunteer-check-in-format",
    VolunteerCheckInStorage = "volunteer-check-in-storage",

    NewEventVenueMissing = "new-event-venue-missing",
    NewEventVenueTooLong = "new-event-venue-too-long",
    NewEventCityTooLong = "new-event-city-too-long",
    /// An event made offline that the server refused, by what it refused.
    EventRefusedVenue = "volunteer-event-refused-venue",
    EventRefusedCity = "volunteer-event-refused-city",
    EventRefusedOther = "volunteer-event-refused-other",
    NewEventErrorStorage = "new-event-error-storage",
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_in_the_fluent_form() {
        let mut seen = std::collections::BTreeSet::new();
        for t in Text::ALL {
            assert!(seen.insert(t.id()), "{} twice", t.id());
            assert!(t.id().chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", t.id());
        }
    }
}
