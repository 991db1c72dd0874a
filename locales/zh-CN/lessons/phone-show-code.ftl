# 课程：出示医保码、乘车码（学用手机）
phone-show-code-title = 出示医保码、乘车码
phone-show-code-remember = 看病买药，出示医保码；坐公交地铁，打开乘车码。码只给工作人员和机器扫。

phone-show-code-explain-1 = 手机里有两个常用的码。医保码，就是手机上的医保卡，看病买药时用。乘车码，就是手机上的公交卡，坐公交、地铁时用。
phone-show-code-explain-2 = 找医保码：打开微信，点右上角的放大镜，输入“医保码”，点搜出来的医保码。支付宝里一样能搜。还可以在应用商店装国家医保服务平台APP。
phone-show-code-explain-3 = 第一次用，要按提示开通，会请您刷脸，开一次就行。到了医院窗口或药店，打开医保码，把屏幕给工作人员扫。几个码长得很像，出示前先看屏幕上写的是哪个码。

phone-show-code-screen-title = 我的码
phone-show-code-btn-pay = 付款码
phone-show-code-btn-medical = 医保码
phone-show-code-btn-ride = 乘车码
phone-show-code-pay-caption = 付款码：向商家付款
phone-show-code-medical-caption = 医保码
phone-show-code-medical-sub = 医保电子凭证
phone-show-code-ride-caption = 乘车码
phone-show-code-ride-sub = 幸福市公交地铁

phone-show-code-p1 = 您在药店买药。店员说：“请出示医保码。”手机上现在开着付款码。请点医保码。
phone-show-code-p1-medical-fb = 对了！屏幕上写着医保码。把屏幕给店员扫一下，就能用医保买药了。
phone-show-code-p1-pay-fb = 现在开着的就是付款码，它是付钱用的。店员要的是医保码，请点医保码。
phone-show-code-p1-ride-fb = 乘车码是坐车用的。买药用医保，请点医保码。

phone-show-code-explain-4 = 找乘车码：在微信或支付宝里搜“乘车码”，选您住的城市，按提示开通。有的城市也有自己的公交APP。上车时打开乘车码，对准机器上的扫码口，听到“滴”一声就好了。

phone-show-code-p2 = 您看完病，上了公交车。手机上还开着医保码。车门边有个扫码的机器。您怎么做？
phone-show-code-p2-ride-fb = 做得对！打开乘车码，对准机器的扫码口，听到“滴”一声就好了。
phone-show-code-p2-medical-fb = 医保码是看病买药用的，车上的机器不认。请换成坐车用的乘车码。
phone-show-code-p2-pay-fb = 付款码是给收银员扫的。坐车要用乘车码，请点乘车码。
phone-show-code-p2-volunteer-fb = 不会就问，很好。车上的机器要扫乘车码，请点乘车码。也可以问问司机。

phone-show-code-explain-5 = 不用手机也可以。医保卡，也就是社保卡，还有公交卡、老年卡，都照样能用。不会用码，就请窗口、车上的工作人员帮您。有的城市，老人坐车有优惠，要刷老年卡，可以问问社区。

phone-show-code-q-1 = 您出门忘了带手机，身上带着医保卡。到了医院窗口，还能用医保吗？
phone-show-code-q-1-a-1 = 能，拿出医保卡就行
phone-show-code-q-1-a-1-feedback = 答对了！医保卡照样能用。出门看病，把卡也带上，手机没电也不怕。
phone-show-code-q-1-a-2 = 不能，只能回家拿手机
phone-show-code-q-1-a-2-feedback = 不用回家。医院窗口照样收医保卡。拿不准，就问问窗口的工作人员。
phone-show-code-q-1-a-3 = 这次只能不用医保，自己全付
phone-show-code-q-1-a-3-feedback = 不用这样。拿出医保卡，一样能用医保。拿不准，就问问窗口的工作人员。

phone-show-code-explain-6 = 这些码只给医院、药店的工作人员，和车上、地铁口的机器扫。付款码一扫就能扣钱，只给收银员扫。陌生人要扫您的码，说送礼品，都别给。在《手机支付更安全》这一课里还会细讲付款码。

phone-show-code-p3 = 您在公交站等车，手机上开着乘车码。一个不认识的人走过来说：“老人家，扫一下您的码，登记一下，免费送您一袋鸡蛋。”您怎么做？
phone-show-code-p3-back-fb = 做得对！按返回键，把码关掉，手机收好。说一声“不用了”，走开就行。
phone-show-code-p3-home-fb = 做得对！回到桌面，码就关上了。把手机收好，不用理他。
phone-show-code-p3-family-fb = 问问家人，很好。免费送东西、要扫您的码，多半是圈套。码别给他扫，把手机收好。
phone-show-code-p3-volunteer-fb = 问问志愿者，很好。陌生人要扫您的码，别给。按返回键关掉码，把手机收好。
phone-show-code-p3-pay-fb = 别打开付款码给他。付款码一扫就能扣钱，只给收银员扫。请按返回键关掉，把手机收好。
phone-show-code-p3-medical-fb = 别给他看医保码。医保码连着您的身份和医保，只给医院、药店的工作人员扫。请按返回键关掉，把手机收好。
phone-show-code-p3-ride-fb = 乘车码只给车上的机器扫，也别给陌生人扫。请按返回键把码关掉，把手机收好。

phone-show-code-q-2 = 谁可以扫您手机上的码？
phone-show-code-q-2-a-1 = 公交站说登记送鸡蛋的人
phone-show-code-q-2-a-1-feedback = 别给他扫。送东西、要登记，是想要您的钱或者您的信息。把手机收好，走开就行。
phone-show-code-q-2-a-2 = 医院、药店的工作人员，店里的收银员，车上的机器
phone-show-code-q-2-a-2-feedback = 答对了！医保码给医院、药店的工作人员扫，付款码只给收银员扫，乘车码只给车上的机器扫。
phone-show-code-q-2-a-3 = 在微信里让您把码截图发给他的人
phone-show-code-q-2-a-3-feedback = 别发。码的截图，别人也能拿去用。码只当面给工作人员扫，截图谁要都不给。
