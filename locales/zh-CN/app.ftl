# 应用框架：名称、导航、主页、设置、提示。
language-name = 中文（简体）
app-name = 蓝马甲

nav-back = 返回
nav-home = 主页
nav-repeat = 再听
nav-repeat-label = 再听一遍
voice-unavailable = 现在没有语音。请看屏幕上的文字。

home-title = 蓝马甲
home-welcome = 欢迎！一步一步学用手机，学会识别骗局。
home-continue = 继续学习
home-continue-none = 开始学习以后，点这个按钮就能回到上次学到的地方。
home-settings = 设置

track-phone = 学用手机
track-safety = 防范诈骗
track-no-lessons = 课程还没有安装，很快就会出现在这里。
track-progress = 已学完 { $n } 课，共 { $total } 课

notice-store-recovered = 之前保存的设置读不出来了，应用已重新开始。旧文件已经另外保存。
notice-store-memory = 现在无法在手机上保存学习进度，但您仍然可以学习课程。

settings-title = 设置
settings-text-size = 字体大小
settings-text-size-label = 字体大小
settings-text-smaller = 字小一点
settings-text-larger = 字大一点
settings-text-preview = 文字会显示成这么大。
settings-language = 语言
settings-display = 屏幕
settings-high-contrast = 高对比度颜色
settings-voice = 语音
settings-voice-on = 朗读屏幕内容
settings-speech-rate = 说话速度
settings-speech-slower = 说慢一点
settings-speech-faster = 说快一点
switch-on = 开
switch-off = 关

settings-contact = 可信联系人
settings-contact-help = 付钱或分享信息之前，可以先问问的家人。也可以不填。
settings-contact-name = 姓名
settings-contact-phone = 电话号码
settings-contact-save = 保存联系人
settings-contact-remove = 删除联系人
contact-saved = 已保存。遇到可疑情况时，我们会提醒您先给这位家人打电话。
contact-removed = 可信联系人已删除。
contact-error-name-missing = 请写上这位家人的姓名。
contact-error-name-too-long = 姓名太长了，请不要超过 40 个字。
contact-error-phone-missing = 请写上电话号码。
contact-error-phone-invalid = 这个电话号码好像不对。请只写数字，例如 138 0013 8000。

prompt-home = 这是主页。点“继续学习”接着上次的课程，或者打开“设置”。
prompt-settings = 这是设置页面。您可以把字调大、换语言、打开或关闭语音。

lesson-step = 第 { $n } 步，共 { $total } 步
lesson-next = 下一步
lesson-finish = 完成
lesson-open = 打开课程
lesson-status-new = 还没开始
lesson-status-step = 学到第 { $n } 步，共 { $total } 步
lesson-status-done = 已学完 ✓
lesson-try-again = 请再试一次。
lesson-hint = 提示：亮起来的按钮是安全的。
result-title = 做得好！
result-score = 您第一次就答对了 { $n } 题，共 { $total } 题。
result-remember = 请记住：
result-home = 回到主页
prompt-lesson-result = 这一课学完了。下面是要记住的话。

sim-phone = 练习用的手机
sim-target-answer = 接听
sim-target-decline = 挂断
sim-target-link = 打开链接
sim-target-delete = 删除
sim-target-official-app = 打开官方应用
sim-target-share-screen = 共享屏幕
sim-target-send-code = 发送验证码
sim-target-refuse = 拒绝
sim-target-call-contact = 给家人打电话
sim-target-confirm = 立即付款
sim-target-cancel = 取消
sim-target-ask-family = 先问问家人
sim-target-smaller = 字小一点
sim-target-larger = 字大一点
sim-target-done = 完成
sim-incoming = 来电
sim-amount = 金额

home-review = 复习做错的题
home-review-none = 今天没有要复习的题。
home-certificates = 我的证书
review-title = 复习做错的题
review-step = 第 { $n } 题，共 { $total } 题
review-done = 完成
prompt-review = 这是您之前觉得难的题，慢慢来。
certificates-title = 我的证书
certificates-none = 学完一个课程系列的全部课程，就能得到证书。
certificate-heading = 结业证书
certificate-completed = 完成日期：{ $value }
certificate-lessons = 学过的课程：
certificate-name = 您的姓名（可以不填）
certificate-name-save = 保存姓名
certificate-name-saved = 已保存。
result-certificate = 您学完了整个系列，证书已经准备好了！
result-see-certificate = 看我的证书
prompt-certificates = 这是您的证书。可以在活动上给志愿者看。
