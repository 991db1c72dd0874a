# 活动与签到：老人用活动码签到、“我参加的活动”、学员卡，以及志愿者模式（登录、活动、按学员码签到、发送）。

home-at-event = 我在活动现场
home-my-events = 我参加的活动
home-learner-card = 我的学员卡
settings-volunteer = 志愿者模式

event-code-title = 我在活动现场
event-code-help = 请输入志愿者给您看的 6 位数字活动码。
event-code-empty = 还没有输入数字
event-code-typed = 已输入：{ $value }
event-code-need-six = 输完 6 位数字以后，点“签到”。
event-code-check-in = 签到
keypad-delete = 删除
check-in-error-storage = 签到没能保存在手机上。请找志愿者帮忙。
prompt-event-code = 请输入志愿者给您看的六位数字，然后点“签到”。

consent-title = 签到之前
consent-intro = 签到时，您的手机会给蓝马甲志愿者发一条简短的记录。
consent-sent = 会发送的内容
consent-sent-code = 活动码
consent-sent-learner = 您的学员码：一串随机的号码，不是您的名字
consent-sent-lessons = 您今天学完的课程
consent-never = 绝不会发送的内容
consent-never-name = 您的姓名
consent-never-phone = 您的电话号码
consent-once = 只问这一次。如果您不同意，也可以照常学习所有课程。
consent-agree = 我同意
consent-not-now = 暂不同意
prompt-consent = 第一次签到之前：手机会发送活动码、一个随机的学员码和您今天学完的课程，绝不会发送您的姓名和电话号码。您同意吗？

checked-in-title = 您已签到
checked-in-problem-title = 这次签到有问题
checked-in-event = 活动码 { $value }
checked-in-already = 您之前已经在这个活动签过到了。
checked-in-home = 回到主页
prompt-checked-in = 您已签到。有网络的时候会自动发送。

record-waiting = 等待发送。有网络的时候会自动发送。
record-update-app = 等待中：服务器需要新版本的应用才能收下这条签到。请更新蓝马甲。
record-sent = 已发送 ✓
record-sent-conflict = 已发送。组织者会再核对一下。
record-rejected-unknown-code = 这个活动码没有被认出来。请和志愿者核对一下数字。
record-rejected-closed = 发送时这个活动已经结束了。请告诉志愿者。
record-rejected-not-permitted = 这个活动没有接受这次签到。志愿者可以帮您。
record-rejected-invalid = 这次签到的内容有点问题。志愿者可以帮您。
record-quarantined = 这条签到发送不出去。志愿者可以帮您。

my-events-title = 我参加的活动
my-events-none = 您还没有在活动上签过到。
my-events-event = 活动码 { $value }
prompt-my-events = 这里是您签到过的活动，还有每一条是不是已经发送了。

learner-card-title = 我的学员卡
learner-card-help = 把这张卡给志愿者看。志愿者可以输入号码，或者扫一扫下面的方形图案。
learner-card-code-label = 学员码
learner-card-code = 学员码 { $value }
learner-card-qr = 学员码的二维码
learner-card-private = 这个号码是随机的，不是您的名字，也不是您的电话号码。
learner-card-done = 好了
prompt-learner-card = 这是您的学员卡。在活动上给志愿者看。

volunteer-sign-in-title = 志愿者登录
volunteer-sign-in-help = 给组织活动的志愿者用。老人不需要登录。
volunteer-server = 服务器地址
volunteer-email = 邮箱
volunteer-password = 密码
volunteer-sign-in = 登录
volunteer-signing-in = 正在登录…
sign-in-error-password = 邮箱或密码不对。请检查以后再试一次。
sign-in-error-offline = 连不上服务器。请检查网络和服务器地址。
sign-in-error-too-many = 试的次数太多了。请等一分钟再试。
sign-in-error-server = 服务器暂时出了问题。请稍后再试。
sign-in-error-refused = 服务器没有接受这次登录。请检查填写的内容。
sign-in-error-missing = 请填写服务器地址、邮箱和密码。
sign-in-error-address = 服务器地址应该以 http:// 或 https:// 开头。
sign-in-error-storage = 登录信息没能保存在手机上。
prompt-volunteer-sign-in = 志愿者登录。请输入服务器地址、邮箱和密码。

volunteer-home-title = 志愿者模式
volunteer-signed-in-as = 已登录：{ $value }
volunteer-new-event = 新建活动
volunteer-events = 活动
volunteer-events-none = 还没有活动。点“新建活动”创建一个。
volunteer-event-code-short = 活动码 { $value }
volunteer-event-not-uploaded = 尚未上传
volunteer-event-closed = 这个活动已经结束。
volunteer-sync = 发送情况
sync-nothing-waiting = 全部都已发送。
sync-waiting = 有 { $n } 条签到等待发送。
sync-never = 还没有发送过。
sync-last-sent = 上次发送：{ $value }
sync-sending = 正在发送…
sync-quarantined = 有 { $n } 条签到发送不出去，组织者可以帮忙。
sync-problem-no-server = 这部手机还没有设置服务器地址。
sync-problem-offline = 现在没有网络。签到先保存在手机上，以后再发送。
sync-problem-server-trouble = 服务器暂时出了问题，手机稍后会再试。
sync-problem-update-needed = 有些签到需要新版本的应用才能发送。请更新蓝马甲。
sync-problem-sign-in-needed = 请重新登录，才能发送志愿者的签到。
sync-problem-storage = 这部手机读取或保存签到时出了问题。
volunteer-send-now = 立即发送
volunteer-sign-out = 退出登录
prompt-volunteer-home = 志愿者模式。可以新建活动，或者打开一个活动给老人签到。

new-event-help = 活动从现在开始，活动码马上就能用；有网络时会把活动发送到服务器。
new-event-venue = 活动地点
new-event-city = 城市
new-event-create = 创建活动
new-event-venue-missing = 请写上活动地点。
new-event-error-storage = 活动没能保存在手机上。
prompt-volunteer-new-event = 新建活动。请输入活动地点，然后点“创建活动”。

volunteer-event-not-uploaded-long = 尚未上传：有网络时会把这个活动发送到服务器。
volunteer-event-code-label = 请老人输入的活动码
volunteer-event-code = 活动码 { $value }
volunteer-event-count = 已有 { $n } 位老人在这里签到
volunteer-learner-code = 学员码（在学员卡上）
volunteer-check-in = 签到
volunteer-check-in-done = 已签到：{ $value }
volunteer-check-in-already = { $value } 已经在这里签过到了。
volunteer-check-in-mistyped = 有一个字符好像输错了，请再核对一下学员卡。
volunteer-check-in-format = 学员码由 8 个字母和数字组成，例如 7KQ2-M9XD。
volunteer-check-in-storage = 签到没能保存在手机上。
volunteer-event-checked-in = 在这里签到的老人
prompt-volunteer-event = 请老人输入这个活动码，或者输入他们学员卡上的号码。
