//! The dashboard's two languages: which one a request wants, every visible string in each, and
//! the number format both share.

/// A dashboard language. Simplified Chinese first: most organisers read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    ZhCn,
    EnUs,
}

impl Lang {
    /// `?lang=` wins when it names a language we have; then the best `Accept-Language` match;
    /// then Chinese.
    pub fn from_request(query_lang: Option<&str>, accept_language: Option<&str>) -> Lang {
        query_lang.and_then(Lang::from_tag).or_else(|| accept_language.and_then(best_accepted)).unwrap_or_default()
    }

    /// Any Chinese tag (`zh`, `zh-CN`, `zh-Hans-CN`, even `zh-TW`) reads the Chinese pages, any
    /// English tag the English ones: the closest we have beats a default.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::ZhCn),
            "en" => Some(Lang::EnUs),
            _ => None,
        }
    }

    /// The value of `<html lang>`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::EnUs => "en",
        }
    }

    /// The value of `?lang=` that selects this language.
    pub fn query_value(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::EnUs => "en-US",
        }
    }

    /// The language a "switch language" link offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::ZhCn => Lang::EnUs,
            Lang::EnUs => Lang::ZhCn,
        }
    }

    pub fn t(self, key: Msg) -> &'static str {
        let (zh, en) = key.texts();
        match self {
            Lang::ZhCn => zh,
            Lang::EnUs => en,
        }
    }

    /// Joins a list of words the way each language writes lists.
    pub fn join(self, items: &[String]) -> String {
        items.join(self.t(Msg::ListSeparator))
    }

    /// A lesson id (or a topic that is one) as seniors see it; other words stay as typed.
    pub fn lesson_title(self, id: &str) -> String {
        lesson_titles()
            .iter()
            .find(|(lesson, _, _)| lesson == id)
            .map(|(_, zh, en)| if self == Lang::ZhCn { zh.as_str() } else { en.as_str() })
            .unwrap_or(id)
            .to_owned()
    }

    /// Joins topics or lesson ids, each named as seniors see it.
    pub fn join_lessons(self, items: &[String]) -> String {
        let named: Vec<String> = items.iter().map(|i| self.lesson_title(i)).collect();
        self.join(&named)
    }
}

/// The highest-weighted language of an `Accept-Language` header that we have; equal weights keep
/// the header's order.
fn best_accepted(header: &str) -> Option<Lang> {
    let mut best: Option<(f32, Lang)> = None;
    for part in header.split(',') {
        let mut pieces = part.split(';');
        let Some(lang) = pieces.next().and_then(Lang::from_tag) else { continue };
        let q = pieces
            .filter_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q=")))
            .find_map(|v| v.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        // q=0 means "not this one"; a NaN weight is as good as absent.
        if q.is_nan() || q <= 0.0 {
            continue;
        }
        if best.is_none_or(|(b, _)| q > b) {
            best = Some((q, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// `1234567` → `1,234,567`: both languages group by thousands with a comma on screen.
pub fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// (lesson id, zh-CN title, en-US title) of every lesson the app ships, read once from the app's
/// own content (the core crate's lessons and texts), so the dashboard names lessons as seniors
/// see them.
fn lesson_titles() -> &'static [(String, String, String)] {
    static TITLES: std::sync::OnceLock<Vec<(String, String, String)>> = std::sync::OnceLock::new();
    TITLES.get_or_init(|| {
        let localizer = blue_vest_core::i18n::Localizer::embedded();
        let (lessons, _) = blue_vest_core::lessons::embedded_lessons(&localizer);
        let title = |locale: &str, id: &str| localizer.text_in(locale, id).unwrap_or_else(|| id.to_owned());
        lessons.iter().map(|l| (l.id.clone(), title("zh-CN", &l.title), title("en-US", &l.title))).collect()
    })
}

/// Every string a dashboard page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Msg {
    AppName,
    DashboardName,
    SkipToContent,
    MainNav,
    NavOverview,
    NavEvents,
    NavConflicts,
    NavPacks,
    SignedInAs,
    SignOut,
    /// The language's own name, shown on the link that switches to it.
    LanguageName,
    ListSeparator,
    Colon,

    PacksTitle,
    PacksIntro,
    NoPacks,
    UploadPack,
    PackArchive,
    Upload,
    PackAccepted,
    PackRefused,
    PackTitle,
    PackValid,
    PackCities,
    PackPhones,
    PackWhere,
    PackStatus,
    PackActive,
    PackWithdrawn,
    Withdraw,

    LoginTitle,
    LoginIntro,
    Email,
    Password,
    SignIn,

    OverviewTitle,
    HeadNumbers,
    Events,
    OpenEvents,
    Attendance,
    UniqueSeniors,
    LessonsCompleted,
    OpenConflicts,
    ReviewConflicts,
    ByCity,
    ByMonth,
    AttendancePerCity,
    SeniorsPerCity,
    AttendancePerMonth,
    SeniorsPerMonth,
    LessonsPerMonth,
    ShowNumbers,
    City,
    Month,
    NoDataYet,

    EventsTitle,
    EventStateFilter,
    StateOpen,
    StateClosed,
    StateAll,
    Code,
    Venue,
    Starts,
    Topics,
    Status,
    NextPage,
    DownloadAllCsv,
    NoEvents,
    NoTopics,

    EventHeading,
    ClosedAt,
    AttendanceHeading,
    Learner,
    RecordedBy,
    ByVolunteer,
    BySenior,
    ByBoth,
    Lessons,
    FirstReceived,
    DownloadEventCsv,
    NoAttendance,
    BackToEvents,

    ConflictsTitle,
    ConflictsIntro,
    NoConflicts,
    ConflictHeading,
    Field,
    FirstVersion,
    NewVersion,
    EventCode,
    DeviceTime,
    Received,
    Differs,
    KeepStored,
    KeepIncoming,
    ViewEvent,
    Resolved,
    KeptStored,
    KeptIncoming,
    ChooseVersion,

    ErrorTitle,
    ErrorBadRequest,
    ErrorUnauthorized,
    ErrorForbidden,
    ErrorNotFound,
    ErrorTooMany,
    ErrorServer,
    BackToOverview,
    GoToSignIn,
    TimeZoneNote,
    LoginFailed,
    FormExpired,
    EventOfAnotherOrg,
}

impl Msg {
    /// (Simplified Chinese, English). One match, so a new key without both texts does not compile.
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            Msg::AppName => ("蓝马甲", "Blue Vest"),
            Msg::DashboardName => ("组织者看板", "Organiser dashboard"),
            Msg::SkipToContent => ("跳到正文", "Skip to the main content"),
            Msg::MainNav => ("主菜单", "Main menu"),
            Msg::NavOverview => ("概览", "Overview"),
            Msg::NavEvents => ("活动", "Events"),
            Msg::NavConflicts => ("冲突", "Conflicts"),
            Msg::NavPacks => ("课程包", "Lesson packs"),
            Msg::PacksTitle => ("新骗局课程包", "Lesson packs on new scams"),
            Msg::PacksIntro => (
                "上传一个课程包（ZIP 文件）：服务器用应用自己的检查程序检查它，通过后签名发布。老人在活动中同步手机时，会收到所在城市的课程包。",
                "Upload a lesson pack (a ZIP file): the server checks it with the app's own checker, then signs and \
                 publishes it. Seniors' phones get the packs for their city when they sync at an event.",
            ),
            Msg::NoPacks => ("您的组织还没有发布课程包。", "Your organisation has not published a lesson pack yet."),
            Msg::UploadPack => ("上传课程包", "Upload a lesson pack"),
            Msg::PackArchive => ("课程包文件（ZIP，最大 5 MB）", "Pack file (ZIP, at most 5 MB)"),
            Msg::Upload => ("上传并检查", "Upload and check"),
            Msg::PackAccepted => {
                ("课程包已通过检查，已签名发布：", "The pack passed the checks and is signed and published: ")
            }
            Msg::PackRefused => (
                "课程包没有通过检查，没有发布。请修改下面的问题后再上传：",
                "The pack did not pass the checks and was not published. Fix these problems and upload it again:",
            ),
            Msg::PackTitle => ("课程包", "Pack"),
            Msg::PackValid => ("有效期", "Valid"),
            Msg::PackCities => ("城市", "Cities"),
            Msg::PackPhones => ("手机数", "Phones"),
            Msg::PackWhere => ("去向", "Where it went"),
            Msg::PackStatus => ("状态", "Status"),
            Msg::PackActive => ("已发布", "Published"),
            Msg::PackWithdrawn => ("已撤回", "Withdrawn"),
            Msg::Withdraw => ("撤回", "Withdraw"),
            Msg::SignedInAs => ("当前用户", "Signed in as"),
            Msg::SignOut => ("退出登录", "Sign out"),
            Msg::LanguageName => ("中文", "English"),
            Msg::ListSeparator => ("、", ", "),
            Msg::Colon => ("：", ": "),

            Msg::LoginTitle => ("登录组织者看板", "Sign in to the organiser dashboard"),
            Msg::LoginIntro => {
                ("请用志愿者账号的邮箱和密码登录。", "Use the email address and password of your volunteer account.")
            }
            Msg::Email => ("邮箱", "Email"),
            Msg::Password => ("密码", "Password"),
            Msg::SignIn => ("登录", "Sign in"),

            Msg::OverviewTitle => ("概览", "Overview"),
            Msg::HeadNumbers => ("总数", "Totals"),
            Msg::Events => ("活动总数", "Events"),
            Msg::OpenEvents => ("进行中的活动", "Open events"),
            Msg::Attendance => ("签到人次", "Attendance"),
            Msg::UniqueSeniors => ("参加的老人", "Unique seniors"),
            Msg::LessonsCompleted => ("完成的课程", "Lessons completed"),
            Msg::OpenConflicts => ("待处理的冲突", "Open conflicts"),
            Msg::ReviewConflicts => ("去处理冲突", "Review the conflicts"),
            Msg::ByCity => ("按城市", "By city"),
            Msg::ByMonth => ("按月份", "By month"),
            Msg::AttendancePerCity => ("各城市签到人次", "Attendance per city"),
            Msg::SeniorsPerCity => ("各城市参加的老人", "Unique seniors per city"),
            Msg::AttendancePerMonth => ("每月签到人次", "Attendance per month"),
            Msg::SeniorsPerMonth => ("每月参加的老人", "Unique seniors per month"),
            Msg::LessonsPerMonth => ("每月完成的课程", "Lessons completed per month"),
            Msg::ShowNumbers => ("查看数据表", "Show the numbers as a table"),
            Msg::City => ("城市", "City"),
            Msg::Month => ("月份", "Month"),
            Msg::NoDataYet => (
                "还没有数据。活动有人签到以后，这里会显示图表。",
                "No data yet. Charts appear here once people check in at events.",
            ),

            Msg::EventsTitle => ("活动", "Events"),
            Msg::EventStateFilter => ("显示哪些活动", "Which events to show"),
            Msg::StateOpen => ("进行中", "Open"),
            Msg::StateClosed => ("已结束", "Closed"),
            Msg::StateAll => ("全部", "All"),
            Msg::Code => ("活动码", "Code"),
            Msg::Venue => ("地点", "Venue"),
            Msg::Starts => ("开始时间", "Starts"),
            Msg::Topics => ("主题", "Topics"),
            Msg::Status => ("状态", "Status"),
            Msg::NextPage => ("下一页", "Next page"),
            Msg::DownloadAllCsv => ("下载全部签到记录（CSV 表格）", "Download all attendance (CSV spreadsheet)"),
            Msg::NoEvents => ("这里还没有活动。", "There are no events here yet."),
            Msg::NoTopics => ("无", "none"),

            Msg::EventHeading => ("活动", "Event"),
            Msg::ClosedAt => ("结束于", "Closed at"),
            Msg::AttendanceHeading => ("签到记录", "Attendance"),
            Msg::Learner => ("学员码", "Learner code"),
            Msg::RecordedBy => ("谁签到的", "Recorded by"),
            Msg::ByVolunteer => ("志愿者", "Volunteer"),
            Msg::BySenior => ("老人自己", "Senior"),
            Msg::ByBoth => ("志愿者和老人都签了", "Both"),
            Msg::Lessons => ("课程", "Lessons"),
            Msg::FirstReceived => ("首次收到", "First received"),
            Msg::DownloadEventCsv => {
                ("下载本活动的签到记录（CSV 表格）", "Download this event's attendance (CSV spreadsheet)")
            }
            Msg::NoAttendance => ("这个活动还没有人签到。", "Nobody has checked in at this event yet."),
            Msg::BackToEvents => ("返回活动列表", "Back to the events"),

            Msg::ConflictsTitle => ("待处理的冲突", "Conflicts to review"),
            Msg::ConflictsIntro => (
                "同一条签到记录上传了两次，但两次的内容不一样。请看一看，选择保留哪一个版本。",
                "The same check-in was uploaded twice with different content. \
                 Please look at both and choose which version to keep.",
            ),
            Msg::NoConflicts => (
                "没有需要处理的冲突，一切正常。谢谢您！",
                "There are no conflicts to review: everything is in order. Thank you!",
            ),
            Msg::ConflictHeading => ("冲突", "Conflict"),
            Msg::Field => ("项目", "Field"),
            Msg::FirstVersion => ("先收到的版本", "First version"),
            Msg::NewVersion => ("新上传的版本", "New version"),
            Msg::EventCode => ("活动码", "Event code"),
            Msg::DeviceTime => ("手机上的时间", "Device time"),
            Msg::Received => ("服务器收到的时间", "Received"),
            Msg::Differs => ("不同", "differs"),
            Msg::KeepStored => ("保留先收到的版本", "Keep the first version"),
            Msg::KeepIncoming => ("改用新上传的版本", "Use the new version"),
            Msg::ViewEvent => ("查看这个活动", "View this event"),
            Msg::Resolved => ("已处理", "Resolved"),
            Msg::KeptStored => ("保留了先收到的版本", "The first version was kept"),
            Msg::KeptIncoming => ("改用了新上传的版本", "The new version was used"),
            Msg::ChooseVersion => ("选择保留哪一个版本", "Choose the version to keep"),

            Msg::ErrorTitle => ("出了点问题", "Something went wrong"),
            Msg::LoginFailed => {
                ("邮箱或密码不对，请再试一次。", "The email or the password is wrong. Please try again.")
            }
            Msg::FormExpired => {
                ("这个页面已过期，请刷新后再试。", "This page has expired. Please reload it and try again.")
            }
            Msg::EventOfAnotherOrg => ("这个活动属于另一个组织。", "This event belongs to another organisation."),
            Msg::ErrorBadRequest => ("请求的内容不对", "The request was not understood"),
            Msg::ErrorUnauthorized => ("请先登录", "Please sign in first"),
            Msg::ErrorForbidden => ("您没有权限查看这个页面", "You do not have access to this page"),
            Msg::ErrorNotFound => ("找不到这个页面", "This page was not found"),
            Msg::ErrorTooMany => ("操作太频繁，请稍后再试", "Too many attempts: please wait a moment"),
            Msg::ErrorServer => ("服务器出了点问题", "The server had a problem"),
            Msg::BackToOverview => ("返回概览", "Back to the overview"),
            Msg::GoToSignIn => ("去登录", "Go to sign in"),
            Msg::TimeZoneNote => ("时间均为北京时间。", "Times are China Standard Time (UTC+8)."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(Lang::from_request(None, Some("en-US,en;q=0.9")), Lang::EnUs);
        assert_eq!(Lang::from_request(None, Some("zh")), Lang::ZhCn);
        assert_eq!(Lang::from_request(None, Some("zh-CN,zh;q=0.9,en;q=0.8")), Lang::ZhCn);
        assert_eq!(Lang::from_request(None, Some("fr-FR,en;q=0.5,zh;q=0.7")), Lang::ZhCn);
        assert_eq!(Lang::from_request(None, Some("fr-FR, en;q=0.5")), Lang::EnUs);
        assert_eq!(Lang::from_request(None, Some("zh;q=0, en-GB")), Lang::EnUs);
        assert_eq!(Lang::from_request(None, Some("en;q=0.4, zh-TW;q=0.6")), Lang::ZhCn);
    }

    #[test]
    fn query_wins_over_header_and_chinese_is_the_default() {
        assert_eq!(Lang::from_request(Some("en-US"), Some("zh-CN")), Lang::EnUs);
        assert_eq!(Lang::from_request(Some("zh-CN"), Some("en-US,en;q=0.9")), Lang::ZhCn);
        // An unknown query value falls through to the header.
        assert_eq!(Lang::from_request(Some("xx"), Some("en")), Lang::EnUs);
        assert_eq!(Lang::from_request(None, None), Lang::ZhCn);
        assert_eq!(Lang::from_request(Some(""), Some("")), Lang::ZhCn);
        assert_eq!(Lang::from_request(None, Some("de, *;q=0.1")), Lang::ZhCn);
        assert_eq!(Lang::from_request(None, Some(";;,,q=")), Lang::ZhCn);
    }

    #[test]
    fn languages_round_trip_through_their_query_value() {
        for lang in [Lang::ZhCn, Lang::EnUs] {
            assert_eq!(Lang::from_tag(lang.query_value()), Some(lang));
            assert_eq!(Lang::from_tag(lang.html_lang()), Some(lang));
            assert_ne!(lang.other(), lang);
        }
    }

    #[test]
    fn both_languages_have_different_texts() {
        assert_eq!(Lang::ZhCn.t(Msg::SignIn), "登录");
        assert_eq!(Lang::EnUs.t(Msg::SignIn), "Sign in");
        assert_eq!(Lang::ZhCn.join(&["a".into(), "b".into()]), "a、b");
        assert_eq!(Lang::EnUs.join(&["a".into(), "b".into()]), "a, b");
    }

    #[test]
    fn lesson_ids_are_named_from_the_apps_texts() {
        assert_eq!(Lang::ZhCn.lesson_title("safety-police-call"), "自称警察的电话");
        assert_eq!(Lang::EnUs.lesson_title("safety-sms-link"), "Texts with links");
        assert_eq!(Lang::EnUs.lesson_title("bigger text"), "bigger text", "free words stay as typed");
        let (shipped, _) = blue_vest_core::lessons::embedded_lessons(&blue_vest_core::i18n::Localizer::embedded());
        assert_eq!(lesson_titles().len(), shipped.len(), "every shipped lesson is named");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(1234567), "1,234,567");
        assert_eq!(group_thousands(-12345), "-12,345");
        assert_eq!(group_thousands(i64::MIN), "-9,223,372,036,854,775,808");
    }
}
