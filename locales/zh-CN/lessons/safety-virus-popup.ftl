# 课程：“手机中毒”弹窗和远程控制（防范诈骗）
safety-virus-popup-title = “手机中毒”弹窗和远程控制
safety-virus-popup-remember = 说“手机中毒”的弹窗，不点，按返回键离开。陌生人让装的远程软件，不装。

safety-virus-popup-explain-1 = 上网看新闻时，页面会突然一抖，跳出红色的警告：“您的手机中了3个病毒！马上清除！”有的还写着“请拨打技术客服”。这是广告，不是手机在提醒您。
safety-virus-popup-explain-2 = 手机自己的手机管家，不会在网页里报病毒。网页里喊“中毒”的，都是假的。框里的按钮别点，角上的小叉也别点。按手机的返回键离开就好。

safety-virus-popup-p1 = 您在看新闻，页面一抖，跳出这个框。框里的按钮和小叉都别点。请按手机下面的返回键。
safety-virus-popup-p1-page-title = 公园菊花展开幕了
safety-virus-popup-p1-page-text = 城东公园的菊花展今天开幕，展出一个月。六十岁以上的老人免费入园。
safety-virus-popup-p1-ad-title = 警告！发现3个病毒
safety-virus-popup-p1-ad-text = 您的手机已中毒，银行卡和照片有被盗风险！请立即清除，或拨打技术客服 010-0000-0590。
safety-virus-popup-p1-ad-speech = 您的手机已经中毒，银行卡和照片有被偷的危险！请马上清除，或者拨打屏幕上的技术客服电话。
safety-virus-popup-p1-clean = 立即清除病毒
safety-virus-popup-p1-call = 拨打技术客服
safety-virus-popup-p1-back-fb = 做得对！按返回键，就离开了这个广告。您的手机好好的，什么也不用做。
safety-virus-popup-p1-home-fb = 也可以！回到桌面，这个广告就不见了。您的手机好好的，不用担心。
safety-virus-popup-p1-clean-fb = 先别点。这个按钮会让您下载“杀毒”软件，或者让您付钱。您的手机其实没事。请按手机下面的返回键。
safety-virus-popup-p1-call-fb = 这个电话别打。接电话的不是技术员，是骗子。他会让您装软件，再把钱转走。请按手机下面的返回键。
safety-virus-popup-p1-close-fb = 这个小叉是广告画上去的，点了也会跳走。不要紧，请按手机下面的返回键离开。
safety-virus-popup-p1-family-fb = 问问家人，什么时候都可以。这个框是广告，别点它，按手机下面的返回键就能离开。

safety-virus-popup-explain-3 = 要是点了按钮，或者打了上面的电话，就会有个“技术员”来找您。他说您的手机被黑客控制了，银行卡很危险。他说要帮您杀毒，让您装个“远程协助”软件，或者打开屏幕共享、无障碍。
safety-virus-popup-explain-4 = 装上了、打开了，他就能看到您的屏幕，还能替您点手机。验证码、密码他都看得见，卡里的钱就被转走了。他还会说“先别告诉家人”。在美国，这种假“技术客服”骗局，是老年人报案最多的一种。

safety-virus-popup-p2 = 假如您打了弹窗上的电话。对方加了您的微信，发来这些话。您怎么回？
safety-virus-popup-p2-title = 手机安全中心
safety-virus-popup-p2-m1 = 您好，我是手机安全中心的技术员。检测到您的手机被黑客控制了，银行卡里的钱很危险！
safety-virus-popup-p2-m2 = 请马上点下面的链接，下载“远程帮手”。我远程帮您把病毒清掉。
safety-virus-popup-p2-m3 = 这事很急。先别告诉家里人，免得他们乱动手机，耽误时间。
safety-virus-popup-p2-install = 好，我这就下载安装
safety-virus-popup-p2-share = 我不会装，我打开屏幕共享给你看
safety-virus-popup-p2-own = 不用了，我自己打开手机管家看看
safety-virus-popup-p2-own-fb = 做得对！手机有没有病毒，自己打开手机管家一查就知道。陌生人让装的软件，不装。他不让您告诉家人，这正是骗子的样子。
safety-virus-popup-p2-install-fb = 先别装。装上远程帮手，他就能操作您的手机，把卡里的钱转走。不用再理他，告诉家人。
safety-virus-popup-p2-share-fb = 屏幕共享也不能开。一共享，您的验证码和银行卡他都看得见。不用再理他，告诉家人。
safety-virus-popup-p2-link-fb = 这个链接别点。它会下载让别人控制您手机的软件。不用再理他，告诉家人。
safety-virus-popup-p2-family-fb = 很好！他不让您告诉家人，您就偏要告诉家人。骗子最怕这个。

safety-virus-popup-p3 = “技术员”一直催您：“去应用商店搜远程帮手，装上它。”您找到了这一页。您怎么做？
safety-virus-popup-p3-title = 应用市场
safety-virus-popup-p3-name = 远程帮手
safety-virus-popup-p3-maker = 远帮网络科技有限公司
safety-virus-popup-p3-checked = 已通过安全检测
safety-virus-popup-p3-desc = 远程协助工具。装上以后，别人在他的手机上，就能看到并操作您的手机。
safety-virus-popup-p3-back-fb = 做得对！这个软件本身没问题，可陌生人让您装，就是想控制您的手机。不装，不再理他，告诉家人。
safety-virus-popup-p3-home-fb = 也对！离开这一页，不装。陌生人让装的远程软件，一律不装。
safety-virus-popup-p3-install-fb = 先别装。商店里的软件是真的，可让您装的人是骗子。装上它，他就能操作您的手机。请按返回键离开，告诉家人。
safety-virus-popup-p3-family-fb = 很好！先问家人，最稳妥。陌生人让装的远程软件，不装。

safety-virus-popup-p4 = 假如您已经装上了远程帮手。“技术员”又让您打开设置，点无障碍，把它打开。手机跳出这个窗口。您怎么做？
safety-virus-popup-p4-title = 无障碍
safety-virus-popup-p4-row = 远程帮手
safety-virus-popup-p4-row-sub = 已下载的服务
safety-virus-popup-p4-dialog-title = 要允许“远程帮手”完全控制您的手机吗？
safety-virus-popup-p4-dialog-text = 它将能查看您屏幕上的所有内容，还能替您点屏幕、打字。
safety-virus-popup-p4-deny-fb = 做得对！拒绝了，他就控制不了您的手机。接着挂断电话，把远程帮手卸载，再告诉家人。
safety-virus-popup-p4-allow-fb = 先别允许。一允许，他就能看到您的验证码，还能替您转账。请点拒绝，挂断电话，告诉家人。
safety-virus-popup-p4-family-fb = 很好！给家人打个电话，一起商量。这个窗口先点拒绝，谁也不能控制您的手机。
safety-virus-popup-p4-back-fb = 按返回键，窗口是关了，可他还会催您再开。看到这种窗口，直接点拒绝最清楚。

safety-virus-popup-explain-5 = 想查查手机有没有病毒，就自己打开手机管家。大多数手机的桌面上就有它，vivo手机叫“i管家”。点“病毒查杀”或“安全检测”，各家叫法不太一样。找不到，就请家人或志愿者帮您找。

safety-virus-popup-p5 = 这次，是您自己从桌面打开了手机管家，点了病毒查杀。扫好了。您怎么做？
safety-virus-popup-p5-title = 手机管家
safety-virus-popup-p5-result = 未发现风险
safety-virus-popup-p5-count = 已检查 86 个应用
safety-virus-popup-p5-virus = 病毒查杀
safety-virus-popup-p5-virus-value = 安全
safety-virus-popup-p5-pay = 支付安全
safety-virus-popup-p5-pay-value = 已保护
safety-virus-popup-p5-done-fb = 对了！这是手机自己的手机管家，是您自己打开的，不是网页里的广告。它说没有风险，就可以放心。
safety-virus-popup-p5-back-fb = 这一页是手机自己的手机管家，不是弹窗。它说没有风险，您可以放心，点完成就好。
safety-virus-popup-p5-family-fb = 问问家人也好。这一页是您自己打开的手机管家，它说没有风险，可以放心。

safety-virus-popup-q-1 = 看网页时跳出一个框：“您的手机中了病毒，请拨打技术客服。”您怎么办？
safety-virus-popup-q-1-a-1 = 马上打上面的电话
safety-virus-popup-q-1-a-1-feedback = 别打。接电话的是骗子，他会让您装软件、转钱。按返回键离开就好。
safety-virus-popup-q-1-a-2 = 按返回键离开，想查就自己打开手机管家
safety-virus-popup-q-1-a-2-feedback = 答对了！手机管家不会在网页里报病毒。想查，就自己打开它。
safety-virus-popup-q-1-a-3 = 点角上的小叉，把它关掉
safety-virus-popup-q-1-a-3-feedback = 小叉有时是广告画上去的，点了会跳走。按手机的返回键，最稳妥。

safety-virus-popup-q-2 = 电话里的“技术员”说：“装个远程软件，我帮您保护银行卡。”您怎么办？
safety-virus-popup-q-2-a-1 = 照他说的装，他是来帮我的
safety-virus-popup-q-2-a-1-feedback = 先别装。装上以后，他能操作您的手机，正好把卡里的钱转走。挂断电话，告诉家人。
safety-virus-popup-q-2-a-2 = 不装，挂断电话，告诉家人
safety-virus-popup-q-2-a-2-feedback = 答对了！陌生人让装的远程软件，一律不装。不放心，就打96110问一问。
safety-virus-popup-q-2-a-3 = 装上，但只让他看，不让他动
safety-virus-popup-q-2-a-3-feedback = 装上以后，就由不得您了。他能看到验证码，也能替您点。请别装，挂断电话。

safety-virus-popup-explain-6 = 已经装了，已经点了允许，也别慌。先挂断电话，把手机关机。再用家里的座机或家人的手机，打银行卡背面的电话，请银行把卡冻结。然后打110或96110，告诉家人。
