# 课程：网上预约挂号
phone-hospital-booking-title = 网上预约挂号
phone-hospital-booking-remember = 只在医院自己的公众号、APP、电话或窗口挂号。卖号的人，一分钱也不给。

phone-hospital-booking-explain-1 = 去医院看病，可以先用手机预约挂号。约好日子和时间再去，不用一大早去排队。
phone-hospital-booking-explain-2 = 挂号只找医院自己：医院的公众号或APP，医院的预约电话，或者医院的挂号窗口。不会用手机也不要紧。医院会留一部分号，给当天到窗口来挂的人。
phone-hospital-booking-explain-3 = 找医院的公众号：打开微信，点最上面的搜索，就是那个放大镜，输入医院的名字。名字要和医院一模一样，再点进去。拿不准，就问问子女或志愿者。支付宝里也能搜医院的名字，找法差不多。

phone-hospital-booking-hospital = 城南人民医院
phone-hospital-booking-doctor = 王建华　主任医师
phone-hospital-booking-department = 心内科　专家号

phone-hospital-booking-p1 = 这是城南人民医院自己的公众号。您想挂号，请点预约挂号。
phone-hospital-booking-p1-book = 预约挂号
phone-hospital-booking-p1-reports = 报告查询
phone-hospital-booking-p1-fees = 门诊缴费
phone-hospital-booking-p1-map = 来院导航
phone-hospital-booking-p1-phone = 预约电话
phone-hospital-booking-p1-phone-sub = 不方便用手机，可以打电话约
phone-hospital-booking-p1-phone-number = 010-0000-0290
phone-hospital-booking-p1-book-fb = 对了！点预约挂号，就能选科室、医生和时间。各家医院的页面不太一样，找“预约挂号”这几个字就行。
phone-hospital-booking-p1-reports-fb = 这是看化验和检查结果的。想挂号，请点预约挂号。
phone-hospital-booking-p1-fees-fb = 这是看完病交费用的。想挂号，请点预约挂号。
phone-hospital-booking-p1-map-fb = 这是告诉您怎么走到医院的。想挂号，请点预约挂号。
phone-hospital-booking-p1-phone-fb = 这是医院自己的电话，打过去也能约号。这一课先学在手机上约，请点预约挂号。

phone-hospital-booking-explain-4 = 点了预约挂号，一步一步选。先选科室，比如心内科。再选医生，再选日期和时间。第一次用，要填看病人的名字和身份证号，可以请子女帮您填一次。最后看一遍，点确认预约。

phone-hospital-booking-p2 = 您想约王医生周二上午的号。看一看每一行右边写的，点一个还能约的时间。
phone-hospital-booking-p2-heading = 选择就诊时间
phone-hospital-booking-p2-tue-9 = 周二　上午　9:00–9:30
phone-hospital-booking-p2-tue-10 = 周二　上午　10:00–10:30
phone-hospital-booking-p2-wed-14 = 周三　下午　14:00–14:30
phone-hospital-booking-p2-full = 已约满
phone-hospital-booking-p2-left-3 = 剩3个
phone-hospital-booking-p2-left-5 = 剩5个
phone-hospital-booking-p2-tue-10-fb = 选对了！周二上午十点，还有号。下一步，手机会让您把预约的内容看一遍。
phone-hospital-booking-p2-tue-9-fb = 九点这个已经约满了，约不上。看右边，写着“剩几个”的，还能约。
phone-hospital-booking-p2-wed-14-fb = 周三下午也有号。不过您想约的是周二上午，再找一找周二上午还有号的那个。

phone-hospital-booking-p3 = 您要约王医生周二上午十点的号，给自己看病。看一看这一页，您怎么做？
phone-hospital-booking-p3-heading = 请核对预约信息
phone-hospital-booking-p3-patient = 就诊人：张秀兰（本人）
phone-hospital-booking-p3-patient-sub = 身份证号已填写
phone-hospital-booking-p3-fee = 挂号费：¥50.00
phone-hospital-booking-p3-fee-speech = 挂号费：五十元
phone-hospital-booking-p3-confirm = 确认预约
phone-hospital-booking-p3-confirm-fb = 做得对！医生、时间、看病的人都对，就点确认预约。到了那天，带上身份证或医保卡去医院。去不了，记得在公众号里取消。
phone-hospital-booking-p3-cancel-fb = 这一页上，医生、时间和名字都对，不用取消。看清楚了，就点确认预约。

phone-hospital-booking-explain-5 = 有人在网上或群里卖“专家号”，说“包挂上”，要您先转几百元。这是号贩子，不要给钱。钱给了，号可能是假的，钱也要不回来。挂号费只交给医院，在医院自己的公众号、APP里或窗口交。

phone-hospital-booking-p4 = 王医生这周的号都约满了。您在网上搜城南人民医院挂号，打开了这个页面。您怎么做？
phone-hospital-booking-p4-ad = 广告
phone-hospital-booking-p4-headline = 城南人民医院专家号，包挂上
phone-hospital-booking-p4-body = 王主任的号挂不上？找我们！不用排队，先付款，当天出号。
phone-hospital-booking-p4-price = ¥300 / 个
phone-hospital-booking-p4-price-speech = 三百元一个
phone-hospital-booking-p4-pay = 立即付款
phone-hospital-booking-p4-contact = 加微信咨询
phone-hospital-booking-p4-back-fb = 做得对！这是号贩子的页面，不是医院。按返回键离开就好。号约满了，可以在医院自己的公众号里看看别的日子、别的医生，或者去医院窗口问问当天的号。
phone-hospital-booking-p4-home-fb = 做得对！这是号贩子的页面，回到桌面就离开了。想挂号，打开医院自己的公众号，看看别的日子或别的医生。
phone-hospital-booking-p4-family-fb = 很好！问问家人，一起在医院自己的公众号里找号。这个页面上的钱，一分也不付。
phone-hospital-booking-p4-volunteer-fb = 很好！志愿者会帮您在医院自己的公众号里找号。这个页面上的钱，一分也不付。
phone-hospital-booking-p4-pay-fb = 先别付。这是号贩子，不是医院。钱付了，可能拿不到号，也要不回来。按返回键离开，在医院自己的公众号里挂，或者去窗口问问。
phone-hospital-booking-p4-contact-fb = 不用加他。加了微信，他会一直催您转钱。按返回键离开，在医院自己的公众号里挂号。

phone-hospital-booking-explain-6 = 约好以后，医院可能发短信告诉您时间，看看就行。要是短信让您点链接交钱，别点，打开医院自己的公众号去看。在《带链接的短信》这一课里还会细讲。

phone-hospital-booking-q-1 = 在微信里搜医院，出来两个名字：城南人民医院，和城南医院挂号加急代办。点哪个？
phone-hospital-booking-q-1-a-1 = 城南人民医院
phone-hospital-booking-q-1-a-1-feedback = 答对了！认准名字和医院一模一样的那个。写着“代办”“加急”的，不是医院自己的。
phone-hospital-booking-q-1-a-2 = 城南医院挂号加急代办，听着更快
phone-hospital-booking-q-1-a-2-feedback = 这个不是医院自己的，是替人挂号收钱的。请点名字和医院一模一样的那个：城南人民医院。
phone-hospital-booking-q-1-a-3 = 两个都点进去看看
phone-hospital-booking-q-1-a-3-feedback = 不用都点。代办的那个会找您要钱。只点名字和医院一模一样的那个就好。

phone-hospital-booking-q-2 = 您不太会用手机挂号。还能去医院看病吗？
phone-hospital-booking-q-2-a-1 = 不能，只能花钱请人代挂
phone-hospital-booking-q-2-a-1-feedback = 不用花钱请人。医院的窗口还能挂号，还留了一部分号给当天来的人。打医院的预约电话也行。
phone-hospital-booking-q-2-a-2 = 能，打医院的预约电话，或者直接去窗口挂号
phone-hospital-booking-q-2-a-2-feedback = 答对了！医院会留一部分号给当天来的人，窗口也有人帮您。打医院的预约电话也能约。
phone-hospital-booking-q-2-a-3 = 只能等子女有空，带我去
phone-hospital-booking-q-2-a-3-feedback = 不用等。您自己去医院窗口就能挂号，也可以打医院的预约电话。子女有空时，再请他们教您用手机挂。
