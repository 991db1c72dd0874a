# 课程：弹窗广告和“清理手机”（学用手机）
phone-popups-title = 弹窗广告和“清理手机”
phone-popups-remember = 弹窗里的大按钮别点，小叉也别信，按返回键离开。

phone-popups-explain-1 = 看新闻、刷视频的时候，屏幕上常会突然跳出一个框。上面写着“内存不足，立即清理”“恭喜您中奖了”“快来领红包”。这就是弹窗广告。
phone-popups-explain-2 = 框里最大、最亮的那个按钮，正是广告想让您点的。点了，会下载一个APP，或者跳到付钱的页面。有的还要您填手机号。
phone-popups-explain-3 = 框角上的小叉，有时是广告画上去的，点了一样会跳走。最稳的办法，是按手机的返回键。手机下面没有按键的，从屏幕左边或右边往里滑一下，也是返回。回到桌面也可以。

phone-popups-p1 = 您在看新闻，突然跳出这个框。框里的按钮和小叉，都先别点。请按手机下面的返回键。
phone-popups-p1-page-title = 社区食堂开业了
phone-popups-p1-page-text = 街道的社区食堂今天开业。六十岁以上的老人吃饭打八折，每天中午十一点开门。
phone-popups-p1-ad-title = 内存不足！
phone-popups-p1-ad-text = 您的手机内存已用98%，越来越卡，照片可能会丢失！请马上清理。
phone-popups-p1-ad-speech = 您的手机内存已经用了百分之九十八，越来越卡，照片可能会丢失！请马上清理。
phone-popups-p1-clean = 立即清理
phone-popups-p1-back-fb = 做得对！按返回键，就离开了这个广告，什么也没点。以后看到弹窗，都这样离开。
phone-popups-p1-home-fb = 也可以！回到桌面，就离开了这个广告。想接着看新闻，再打开就行。
phone-popups-p1-clean-fb = 先别点这个大按钮。它会装一个“清理”APP，或者让您付钱。您的手机其实没事。请按手机下面的返回键。
phone-popups-p1-close-fb = 这个小叉是广告画上去的，点了也会跳去下载。不要紧，请按手机下面的返回键离开。
phone-popups-p1-family-fb = 问问家人，什么时候都可以。这个框是广告，别点它，按手机下面的返回键就能离开。

phone-popups-explain-4 = 不小心点到了，也别慌。跳出来的页面里，不安装，不付钱，不填手机号。按返回键退出来就好。说“手机中毒了”的弹窗更要小心。在《“手机中毒”弹窗和远程控制》这一课里还会细讲。

phone-popups-p2 = 您在手机上看养生视频，又跳出一个框。您怎么做？
phone-popups-p2-page-title = 每天五分钟，护好颈椎
phone-popups-p2-page-text = 跟着视频慢慢做，早晚各做一次。
phone-popups-p2-ad-title = 恭喜您中奖了！
phone-popups-p2-ad-text = 您是今天第8888位幸运用户，免费获得新款手机一部！只需付邮费9.9元。
phone-popups-p2-ad-speech = 您是今天第八千八百八十八位幸运用户，免费获得新款手机一部！只要付九块九的邮费。
phone-popups-p2-claim = 立即领取
phone-popups-p2-back-fb = 做得对！您认出这是广告了。按返回键离开，什么也没点，最安全。
phone-popups-p2-home-fb = 也对！回到桌面，这个广告就不见了。
phone-popups-p2-family-fb = 很好！问问家人，心里更踏实。这是骗人的广告，按返回键离开就好。
phone-popups-p2-claim-fb = 先别点。天上不会掉手机。点了，它会让您付“邮费”，还要您填手机号和银行卡。寄来的常常是假货，或者什么也没有。请按返回键离开。
phone-popups-p2-close-fb = 广告里的小叉，是真是假很难看出来，点错了就会跳走。请按手机的返回键，这样最稳妥。

phone-popups-explain-5 = 手机真的满了、变慢了，就用手机自己带的工具清理。大多数手机上叫“手机管家”，vivo手机叫“i管家”。也可以打开设置，在最上面的搜索框里输入“存储”。不用另外下载清理APP。

phone-popups-p3 = 这次，是您自己打开设置，点了存储。手机确实快满了。您怎么做？
phone-popups-p3-title = 存储
phone-popups-p3-used = 已用 58 GB，共 64 GB
phone-popups-p3-used-speech = 已经用了五十八GB，一共六十四GB
phone-popups-p3-photos = 图片和视频
phone-popups-p3-photos-size = 21 GB
phone-popups-p3-apps = 应用
phone-popups-p3-apps-size = 26 GB
phone-popups-p3-other = 系统和其他
phone-popups-p3-other-size = 11 GB
phone-popups-p3-clean = 清理加速
phone-popups-p3-clean-fb = 对了！这是手机自己的设置，是您自己打开的，不是广告。在这里清理，很放心。手机会列出能删的东西，照片看清楚再删。
phone-popups-p3-back-fb = 这一页是手机自己的设置，不是弹窗，不用急着离开。手机快满了，就在这一页清理。
phone-popups-p3-family-fb = 问问家人也好。这一页是您自己从设置里打开的，不是广告，在这里清理很放心。

phone-popups-explain-6 = 从2022年起，国家有了规定：弹窗广告要写明是广告，要一下就能关掉。APP的长辈模式、关怀模式里，也不该有广告。常用的APP打开它，弹窗会少很多。可还是有不守规矩的广告。看到弹窗，按返回键最稳妥。

phone-popups-q-1 = 弹窗上写着“内存不足，立即清理”。您也想给手机清理一下，怎么做？
phone-popups-q-1-a-1 = 点弹窗里的“立即清理”
phone-popups-q-1-a-1-feedback = 弹窗里的按钮是广告的，点了会装APP，或者让您付钱。请先按返回键离开，再打开手机自带的手机管家清理。
phone-popups-q-1-a-2 = 按返回键离开，再打开手机自带的手机管家
phone-popups-q-1-a-2-feedback = 答对了！用手机自带的手机管家，或者设置里的存储，清理起来最放心。
phone-popups-q-1-a-3 = 照着广告说的，再下载一个清理APP
phone-popups-q-1-a-3-feedback = 不用另外下载。这种清理APP自己就常弹广告。手机自带的手机管家就够用了。

phone-popups-q-2 = 弹窗的角上有个小叉。怎么离开最稳妥？
phone-popups-q-2-a-1 = 按手机的返回键，或者回到桌面
phone-popups-q-2-a-1-feedback = 答对了！返回键是手机自己的，不是广告画的，按了最稳妥。
phone-popups-q-2-a-2 = 点小叉，小叉一定能关掉
phone-popups-q-2-a-2-feedback = 小叉有时是广告画上去的，点了会跳走。按手机的返回键更稳妥。
phone-popups-q-2-a-3 = 点框里最大的按钮
phone-popups-q-2-a-3-feedback = 最大的按钮，正是广告想让您点的。别点它，按返回键离开就好。
