# 课程：叫车并分享行程
phone-ride-hailing-title = 叫车并分享行程
phone-ride-hailing-remember = 上车前先对车牌，对上了再上车。上了车，打开分享行程，让家人放心。

phone-ride-hailing-explain-1 = 出门办事、去医院，可以用手机叫车。车会开到您身边，把您送到门口。不会用手机也不要紧，在路边招手，一样能打到出租车。
phone-ride-hailing-explain-2 = 用微信叫车：打开微信，点右下角的“我”，点“服务”，再点“出行服务”。用支付宝的，在最上面的搜索框里写“打车”。手机上有打车APP的，直接打开它。各家的样子不太一样，用法差不多。
phone-ride-hailing-explain-3 = 很多城市的打车APP，有给老人用的“一键叫车”。不用写地址，点一下，车就开到您在的地方。找不到，请子女或志愿者帮您看看。
phone-ride-hailing-explain-4 = 平常叫车，先在“您要去哪儿”里写上要去的地方，打字、说话都行。上车的地方，手机会自己找，您看一看对不对。再点“确认呼叫”。司机接单以后，手机上会写出车牌、车的颜色和司机的姓。

phone-ride-hailing-app = 顺心出行

phone-ride-hailing-p1 = 您要去城南人民医院。上车的地方和要去的地方都填好了。请点确认呼叫。
phone-ride-hailing-p1-from = 城南小区东门
phone-ride-hailing-p1-from-sub = 上车点
phone-ride-hailing-p1-to = 城南人民医院
phone-ride-hailing-p1-to-sub = 目的地
phone-ride-hailing-p1-price = 预估车费　¥23.50
phone-ride-hailing-p1-price-speech = 预估车费，二十三元五角
phone-ride-hailing-p1-call = 确认呼叫
phone-ride-hailing-p1-book = 预约用车
phone-ride-hailing-p1-call-fb = 叫上了！等一等，司机接单以后，手机上会写出车牌和车的颜色，还能看到车离您多远。
phone-ride-hailing-p1-book-fb = 预约用车，是约好以后再来车，比如明天一早。您现在就要走，请点确认呼叫。

phone-ride-hailing-explain-5 = 车来了，先别急着上。看一看车后面的车牌，和手机上的一个字一个字地对。颜色一样还不够，车牌对上了才上车。对不上，就别上车，在APP里点“联系司机”问一问。

phone-ride-hailing-p2 = 一辆白色轿车停在您面前，车牌是京A·K0000。司机摇下车窗说：“是我，快上车吧。”看一看手机上的车牌。您怎么做？
phone-ride-hailing-p2-status = 司机已到达上车点
phone-ride-hailing-plate = 京A·D0000
phone-ride-hailing-plate-speech = 车牌，京A，D，零零零零
phone-ride-hailing-car = 白色轿车　王师傅
phone-ride-hailing-btn-contact = 联系司机
phone-ride-hailing-btn-share = 分享行程
phone-ride-hailing-btn-sos = 一键报警
phone-ride-hailing-btn-cancel = 取消订单
phone-ride-hailing-btn-pay = 确认支付
phone-ride-hailing-p2-contact-fb = 做得对！手机上是D，眼前的车是K，车牌对不上，先别上车。在APP里联系司机，问他车停在哪儿。您叫的车，车牌和手机上一模一样。
phone-ride-hailing-p2-share-fb = 分享行程是个好习惯，不过先别上这辆车。手机上是D，它是K，不是您叫的车。点联系司机，问问您的车在哪儿。
phone-ride-hailing-p2-sos-fb = 一键报警是遇到危险时用的。您还没上车，先别上这辆车，点联系司机问一问。那人要是缠着您，就走到人多的地方，打110。
phone-ride-hailing-p2-cancel-fb = 先别取消，取消了，您叫的车就不来了。车牌对不上，别上这辆车，点联系司机，问问您的车在哪儿。
phone-ride-hailing-p2-family-fb = 很好！打给家人，让家人帮您拿主意。车牌对不上，先别上车，再在APP里联系司机。
phone-ride-hailing-p2-volunteer-fb = 很好！问问志愿者。车牌对不上，先别上车，在APP里点联系司机问一问。

phone-ride-hailing-explain-6 = 上了车，点“分享行程”，选微信，再选一位家人，发过去。家人点开，就能看到车开到哪儿了，您到了，家人也知道。
phone-ride-hailing-explain-7 = 行程页上还有“一键报警”。遇到危险，比如司机不让您下车，就点它，会帮您打110。各家APP不太一样，找不到，就点写着“安全”的小盾牌，在里面找。在那里还能设好紧急联系人，以后每次坐车，自动分享给家人。

phone-ride-hailing-p3 = 车牌对上了，您上了车。您想让女儿在她的手机上，也能看到车开到哪儿了。您怎么做？
phone-ride-hailing-p3-status = 行程中，正在去城南人民医院
phone-ride-hailing-p3-time = 大约十五分钟到
phone-ride-hailing-p3-share-fb = 做得对！点了分享行程，再选微信里的女儿，发过去。女儿点开，就能一路看着车开到哪儿了。
phone-ride-hailing-p3-contact-fb = 这是给司机打电话、发消息的。想让女儿看到车开到哪儿了，点分享行程。
phone-ride-hailing-p3-sos-fb = 一键报警是遇到危险时用的，会打110。现在一切都好，不用点它。想让女儿看到车开到哪儿了，点分享行程。
phone-ride-hailing-p3-family-fb = 给女儿打个电话也很好。再点分享行程发给她，她就能一路看着您。

phone-ride-hailing-explain-8 = 到了地方，车费在APP里付。在APP里叫的车，就在APP里付，账上清清楚楚。司机说“别在APP里付，扫我的码”，不要答应。扫码付钱的事，可以再看看《扫码付钱，先看名字和金额》这一课。

phone-ride-hailing-p4 = 到医院了。司机拿出他自己的收款码，对您说了一句话。您怎么做？
phone-ride-hailing-p4-status = 已到达　城南人民医院
phone-ride-hailing-p4-fare = 车费　¥23.50
phone-ride-hailing-p4-fare-speech = 车费，二十三元五角
phone-ride-hailing-p4-driver = 司机　王师傅
phone-ride-hailing-p4-says = 到了。APP里就别付了，扫我的码吧，给您少收三块钱。
phone-ride-hailing-p4-reply-app = 不用了，我在APP里付
phone-ride-hailing-p4-reply-scan = 好，我扫您的码
phone-ride-hailing-p4-pay-fb = 做得对！APP里叫的车，就在APP里付。钱付在APP里，多收了钱、绕了路，都能找平台帮您退。
phone-ride-hailing-p4-reply-app-fb = 做得对！客客气气说一句，在APP里付就行。说完，在APP里点确认支付，把车费付了。
phone-ride-hailing-p4-reply-scan-fb = 先别扫。扫了他的码，钱就直接给了他，APP里的车费还没付，可能还要再付一次。出了问题，平台也管不了。请在APP里点确认支付。
phone-ride-hailing-p4-family-fb = 问问家人很好。记住，APP里叫的车，就在APP里点确认支付。

phone-ride-hailing-q-1 = 坐在车上，司机不按手机上的路走。您说停车，他也不停，您很害怕。怎么办？
phone-ride-hailing-q-1-a-1 = 点行程页上的一键报警，或者打110
phone-ride-hailing-q-1-a-1-feedback = 答对了！一键报警会帮您打110。分享了行程，家人也能看到车在哪儿。
phone-ride-hailing-q-1-a-2 = 不好意思说，先忍着
phone-ride-hailing-q-1-a-2-feedback = 别忍着，平安最要紧。害怕了，就点一键报警，或者直接打110。
phone-ride-hailing-q-1-a-3 = 给司机转点钱，求他停车
phone-ride-hailing-q-1-a-3-feedback = 不用给钱。点一键报警，或者打110，警察会来帮您。

phone-ride-hailing-q-2 = 您不太会用手机叫车。还能坐上出租车吗？
phone-ride-hailing-q-2-a-1 = 不能，只能走着去
phone-ride-hailing-q-2-a-1-feedback = 能坐上。在路边招手，就能打出租车。打车APP里的一键叫车，点一下，车也会来。
phone-ride-hailing-q-2-a-2 = 能，在路边招手，或者用一键叫车
phone-ride-hailing-q-2-a-2-feedback = 答对了！路边招手能打车。一键叫车不用写地址，点一下就行，请子女或志愿者帮您找到它。
phone-ride-hailing-q-2-a-3 = 只能花钱请别人帮我叫
phone-ride-hailing-q-2-a-3-feedback = 不用花钱请人。路边招手就能打车，一键叫车也很简单，子女或志愿者会教您。
