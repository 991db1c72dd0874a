# 课程：只在应用商店装APP，看清权限（学用手机）
phone-install-apps-title = 只在应用商店装APP，看清权限
phone-install-apps-remember = APP只在手机自带的应用商店装。要读短信、看屏幕的APP，点拒绝。

phone-install-apps-explain-1 = 想装新的APP，就去手机自带的应用商店。它是手机一买来就有的。各家叫法不一样：华为、荣耀叫“应用市场”，小米、vivo叫“应用商店”，OPPO叫“软件商店”。
phone-install-apps-explain-2 = 打开应用商店，点最上面的搜索框，输入APP的名字。看清名字对不对，再点“安装”。装好后，桌面上就多了一个图标。

phone-install-apps-p1 = 女儿让您装“团圆视频”，好和她视频。您在应用商店里找到了它。请点安装。
phone-install-apps-p1-title = 应用市场
phone-install-apps-p1-name = 团圆视频
phone-install-apps-p1-maker = 团圆网络科技有限公司
phone-install-apps-p1-checked = 已通过安全检测
phone-install-apps-p1-desc = 和家人视频聊天。字大，声音清楚。
phone-install-apps-p1-other = 天天计步
phone-install-apps-p1-other-sub = 相关推荐
phone-install-apps-p1-install-fb = 做得对！在应用商店里装，最放心。装好以后，桌面上就有团圆视频了。
phone-install-apps-p1-other-fb = 这是商店推荐的别的APP，您用不着。您要装的是团圆视频，点它下面的安装。
phone-install-apps-p1-back-fb = 按返回键，就离开这一页了。您要装团圆视频，就在这一页点安装。

phone-install-apps-explain-3 = 短信里、微信群里发来的下载链接，传单上让您扫的二维码，都别拿来装APP。这样装的APP没人检查过，有的会偷看短信，把钱转走。从网页下载安装包时，手机会跳出提醒，它是在告诉您：有危险。

phone-install-apps-p2 = 您收到一条短信，说装个APP就送话费。您点了里面的链接，手机上出现了这个。您怎么做？
phone-install-apps-p2-page-title = 团圆视频 长辈专享版
phone-install-apps-p2-page-text = 注册就送一百元话费！应用商店里没有，请在本页下载安装包。
phone-install-apps-p2-dialog-title = 下载提示
phone-install-apps-p2-dialog-text = 这类文件可能会损害您的手机。这个安装包来自不明网站，仍要下载吗？
phone-install-apps-p2-download = 仍然下载
phone-install-apps-p2-cancel-fb = 做得对！要从链接下载的安装包，不装。想装团圆视频，就去应用商店里找。
phone-install-apps-p2-download-fb = 先别下载。手机已经提醒您有危险了。这种安装包可能偷看短信，把钱转走。请点取消，再按返回键离开。
phone-install-apps-p2-back-fb = 离开这个网页，做得对。这个安装包不下载，那条短信也可以删掉。
phone-install-apps-p2-family-fb = 很好！问问家人最稳妥。这个安装包不下载，想装APP就去应用商店。

phone-install-apps-explain-4 = APP刚装好，常会跳出小窗口，问能不能用您的相机、通讯录、短信。先想一想：它干的事，用得着这个吗？手电筒只管照亮，用不着您的通讯录。
phone-install-apps-explain-5 = 有三种APP要特别小心：要读短信的，要看屏幕的（屏幕共享、录屏），要您去设置里打开“无障碍”的。给了它们，别人就能看到验证码，还能替您点手机。遇到就点拒绝，再问问家人。屏幕共享的骗局，在《说要退款的“客服”》这一课里还会细讲。

phone-install-apps-p3 = 您装了一个手电筒APP。刚打开，就跳出这个窗口。您怎么做？
phone-install-apps-p3-behind = 亮亮手电筒
phone-install-apps-p3-dialog-title = 要允许“亮亮手电筒”发送和查看短信吗？
phone-install-apps-p3-dialog-text = 亮亮手电筒申请读取短信，用于提升使用体验。
phone-install-apps-p3-deny-fb = 做得对！手电筒只管照亮，用不着看短信。拒绝了，它照样能用。要看短信的手电筒不对劲，也可以把它删掉。
phone-install-apps-p3-allow-fb = 手电筒用不着看短信。短信里有验证码，让它看到，钱就可能被转走。这次请点拒绝。
phone-install-apps-p3-back-fb = 按返回键，窗口是关了，可它下次还会问。看到这种窗口，直接点拒绝最清楚。
phone-install-apps-p3-family-fb = 问问家人很好。这个窗口先点拒绝，手电筒用不着看短信，然后再和家人说。

phone-install-apps-p4 = 您打开了刚装好的团圆视频，想和女儿视频。手机跳出这个窗口。您怎么做？
phone-install-apps-p4-behind = 团圆视频
phone-install-apps-p4-dialog-title = 要允许“团圆视频”拍摄照片和录制视频吗？
phone-install-apps-p4-dialog-text = 团圆视频申请使用相机，用于视频通话时让家人看见您。
phone-install-apps-p4-allow-fb = 做得对！视频通话要用相机，女儿才看得见您。它要的和它干的事对得上，可以给。“仅在使用中允许”就是：您不用它的时候，它就用不了相机。
phone-install-apps-p4-deny-fb = 拒绝了也没有危险，可视频时女儿就看不见您了。视频APP用相机是应该的，可以允许。
phone-install-apps-p4-family-fb = 问问家人也好。视频APP要用相机，是它该用的，可以允许。

phone-install-apps-explain-6 = 点错了也不怕。打开设置，在最上面的搜索框输入“权限”，点权限管理，找到这个APP，把不该给的关掉。用不着的APP，长按它的图标，点卸载就删掉了。

phone-install-apps-q-1 = 一个手电筒APP，要用您的通讯录。您怎么办？
phone-install-apps-q-1-a-1 = 点拒绝，手电筒用不着通讯录
phone-install-apps-q-1-a-1-feedback = 答对了！先想一想：它干的事用得着吗？用不着，就拒绝。
phone-install-apps-q-1-a-2 = 点允许，不然手电筒用不了
phone-install-apps-q-1-a-2-feedback = 拒绝了，手电筒照样能照亮。它要的东西和它干的事对不上，就点拒绝。
phone-install-apps-q-1-a-3 = 点允许，反正没什么要紧
phone-install-apps-q-1-a-3-feedback = 通讯录里是家人朋友的电话，给了它，可能被拿去骗他们。点拒绝就好。

phone-install-apps-q-2 = 电话里的“客服”让您点链接装个APP，再打开“无障碍”，说这样才能给您退款。您怎么办？
phone-install-apps-q-2-a-1 = 照他说的做，他是客服
phone-install-apps-q-2-a-1-feedback = 先别做。打开无障碍，他就能替您点手机，把钱转走。请挂断电话，告诉家人。
phone-install-apps-q-2-a-2 = 不装，挂断电话，告诉家人
phone-install-apps-q-2-a-2-feedback = 答对了！让您从链接装APP、开无障碍的，多半是骗子。退款就在购物APP自己的订单里办。
phone-install-apps-q-2-a-3 = 装上APP，但不打开无障碍
phone-install-apps-q-2-a-3-feedback = 这个APP也别装，从链接装的APP没人检查过。挂断电话，想装APP只去应用商店。
