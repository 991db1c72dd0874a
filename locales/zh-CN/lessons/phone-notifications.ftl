# 课程：关掉烦人的通知，清理空间（学用手机）
phone-notifications-title = 关掉烦人的通知，清理空间
phone-notifications-remember = 烦人的通知，按住它，点关闭通知。微信和电话的通知，要留着。

phone-notifications-explain-1 = 手机“叮咚”一响，屏幕上冒出一条消息，这叫“通知”。很多通知是购物、游戏APP发的广告，又多又烦。这些通知，可以关掉。
phone-notifications-explain-2 = 最快的办法：用手指从屏幕最上面往下滑，拉出通知栏。按住那条烦人的通知，等一两秒，会出来几个选项。点“关闭通知”就好。有的手机要把通知往左轻轻一滑，再点小齿轮。
phone-notifications-explain-3 = 也可以在设置里关：打开设置，点“通知”，找到那个APP，把它右边的开关关掉。各牌子手机叫法不太一样，有的叫“通知和状态栏”，有的叫“通知管理”。找不到，就在设置最上面的搜索框里输入“通知”。
phone-notifications-explain-4 = 有的通知要留着：微信、电话、短信，还有国家反诈中心APP。关了它们，家人找您、反诈提醒，您都收不到。购物、游戏、看视频APP的通知，可以关。关了通知，APP照样能用。想开回来，再把开关打开就行。

phone-notifications-btn-off = 关闭通知
phone-notifications-btn-settings = 设置

phone-notifications-p1 = 这是从屏幕最上面拉下来的通知栏。您已经按住了优品商城的广告，下面出来了选项。请点关闭通知。
phone-notifications-p1-shop = 优品商城
phone-notifications-p1-shop-sub = 限时秒杀，最后一小时，快来抢！
phone-notifications-p1-wechat = 微信
phone-notifications-p1-wechat-sub = 女儿：妈，晚上七点视频。
phone-notifications-p1-off-fb = 做得对！优品商城的通知关掉了，它不会再“叮咚”响了。商城APP还在，想买东西照样能打开。
phone-notifications-p1-settings-fb = 点设置也能关，就是要多点几步。这里直接点“关闭通知”，最快。
phone-notifications-p1-open-fb = 点一下会打开商城，看到更多广告。要关通知，就点它下面的“关闭通知”。
phone-notifications-p1-wechat-fb = 这是女儿发来的微信，要留着。要关的是上面优品商城的通知。

phone-notifications-p2 = 这是设置里管通知的地方。您不想再收到购物广告，家人的消息还要照样收到。您怎么做？
phone-notifications-p2-title = 通知管理
phone-notifications-p2-wechat = 微信
phone-notifications-p2-wechat-sub = 每天约8条通知
phone-notifications-p2-calls = 电话
phone-notifications-p2-sms = 信息
phone-notifications-p2-antifraud = 国家反诈中心
phone-notifications-p2-shop = 优品商城
phone-notifications-p2-shop-sub = 每天约30条通知
phone-notifications-p2-weather = 天气
phone-notifications-p2-shop-fb = 做得对！优品商城是购物APP。开关拨到了左边，它的广告通知就关了。微信还开着，家人的消息照样收得到。
phone-notifications-p2-wechat-fb = 微信的通知要留着。关了它，家人发消息、打视频，您都听不到。请留着它，再找一找那个购物的APP。
phone-notifications-p2-calls-fb = 电话的通知要留着，不然有人打来，您可能不知道。再找一找那个购物的APP。
phone-notifications-p2-sms-fb = 短信的通知要留着。医院、社区的提醒，还有12381的反诈提醒，都从这里来。再找一找那个购物的APP。
phone-notifications-p2-antifraud-fb = 国家反诈中心APP的通知一定要留着，它会提醒您小心骗子。再找一找那个购物的APP。
phone-notifications-p2-weather-fb = 天气的通知不多，留着也行。今天要关的，是天天发广告的购物APP。
phone-notifications-p2-volunteer-fb = 问志愿者很好。他会告诉您：名字里有“商城”的，是购物APP，把它右边的开关关掉。

phone-notifications-p3 = 有个游戏，每分钟都发一条通知，手机响个不停。您已经按住了最上面那条，出来了选项。您怎么做？
phone-notifications-p3-game = 欢乐消星星
phone-notifications-p3-game-sub-1 = 刚刚：体力满了，快回来玩！
phone-notifications-p3-game-sub-2 = 1分钟前：送您金币，马上来领！
phone-notifications-p3-game-sub-3 = 2分钟前：好友超过您了，快来追！
phone-notifications-p3-sms = 信息
phone-notifications-p3-sms-sub = 社区：明天上午停水，请提前接好水。
phone-notifications-p3-off-fb = 做得对！游戏的通知关掉了，手机清静了。游戏还在，想玩随时能打开。
phone-notifications-p3-settings-fb = 点设置也能关，要多点几步：找到这个游戏，把开关关掉。最快的是点“关闭通知”。
phone-notifications-p3-open-fb = 点开就进了游戏，通知还会一分钟来一条。看看它下面出来的选项，点“关闭通知”。
phone-notifications-p3-sms-fb = 这是社区发来的短信，有用，要留着。烦人的是上面那个游戏的通知。
phone-notifications-p3-home-fb = 回到桌面，游戏的通知还会一分钟来一条。不如就在这里，把它的通知关掉。

phone-notifications-q-1 = 下面哪个APP的通知，一定要留着？
phone-notifications-q-1-a-1 = 购物APP，天天推优惠
phone-notifications-q-1-a-1-feedback = 购物APP的广告通知，可以关掉。一定要留着的是微信，家人找您靠它。
phone-notifications-q-1-a-2 = 微信，家人发消息、打视频靠它
phone-notifications-q-1-a-2-feedback = 答对了！微信、电话、短信和国家反诈中心APP的通知，都要留着。
phone-notifications-q-1-a-3 = 游戏，提醒我回去玩
phone-notifications-q-1-a-3-feedback = 游戏的通知可以关，想玩随时自己打开。一定要留着的是微信。

phone-notifications-explain-5 = 手机用久了，会提示“存储空间不足”，拍不了照片，也装不了东西。这时要清理一下。用手机自带的“手机管家”，点清理就行。vivo手机叫它“i管家”。也可以打开设置，点“存储”，再点清理。找不到，就在设置里搜索“存储”。
phone-notifications-explain-6 = 弹窗里的“清理大师”“手机加速”，别下载。它们清不了多少，广告却很多，有的还会偷看您的信息。在《弹窗广告和“清理手机”》这一课里，还会细讲。
phone-notifications-explain-7 = 照片和视频最占地方。删照片以前，先确认已经存好了，比如子女帮您存到了电脑里。拿不准，就先别删，请家人帮您看看。删掉的照片，过一段时间就找不回来了。

phone-notifications-p4 = 手机提示空间不够，拍不了照片了。您打开设置，点了存储。您怎么做？
phone-notifications-p4-title = 存储
phone-notifications-p4-notice = 存储空间不足，部分功能可能无法使用
phone-notifications-p4-used = 已用 61.5 GB，共 64 GB
phone-notifications-p4-used-speech = 已经用了六十一点五G，一共六十四G。
phone-notifications-p4-clean = 清理空间
phone-notifications-p4-clean-sub = 手机自带，清掉没用的垃圾文件
phone-notifications-p4-photos = 图片和视频
phone-notifications-p4-photos-size = 23 GB
phone-notifications-p4-apps = 应用
phone-notifications-p4-apps-size = 18 GB
phone-notifications-p4-clean-fb = 做得对！这是手机自带的清理，放心用。它清的是没用的垃圾文件。要是问您删不删照片，拿不准就先别删。
phone-notifications-p4-photos-fb = 照片和视频最占地方，可删以前要先确认存好了。拿不准，就先别动，请家人帮您。现在先点手机自带的清理，清掉没用的垃圾。
phone-notifications-p4-apps-fb = 这里能卸载不用的APP，可别把微信、银行APP卸了。现在先点手机自带的清理，最省心。
phone-notifications-p4-family-fb = 好主意！请家人帮您把照片存好，再一起清理。自己清，就点手机自带的清理，放心用。

phone-notifications-q-2 = 手机上跳出一个弹窗：“手机垃圾太多，马上下载清理大师！”怎么办？
phone-notifications-q-2-a-1 = 点“立即下载”，装上清理大师
phone-notifications-q-2-a-1-feedback = 别装。这种软件广告多，有的还偷看您的信息。按返回键离开，用手机自带的手机管家清理。
phone-notifications-q-2-a-2 = 点弹窗里的“立即清理”
phone-notifications-q-2-a-2-feedback = 弹窗里的按钮别点，点了可能去下载软件、看广告。按返回键离开，再用手机自带的手机管家清理。
phone-notifications-q-2-a-3 = 不理它，按返回键离开，用手机自带的手机管家清理
phone-notifications-q-2-a-3-feedback = 答对了！弹窗里的软件不装。清理空间，只用手机自带的。

phone-notifications-q-3 = 您想删一些照片，腾出空间。先做什么？
phone-notifications-q-3-a-1 = 先确认照片已经存好了，拿不准就问家人
phone-notifications-q-3-a-1-feedback = 答对了！存好了再删，心里踏实。家人的照片，可别弄丢了。
phone-notifications-q-3-a-2 = 全部选上，一下都删掉
phone-notifications-q-3-a-2-feedback = 先别急，删了可能就找不回来了。先确认照片存好了，拿不准就问家人。
phone-notifications-q-3-a-3 = 先把微信卸载了
phone-notifications-q-3-a-3-feedback = 别卸载微信，卸了聊天记录可能就没了。先用手机自带的手机管家清理；删照片以前，先问问家人。
