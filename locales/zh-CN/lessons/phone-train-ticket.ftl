# 课程：在12306买火车票
phone-train-ticket-title = 在12306买火车票
phone-train-ticket-remember = 火车票只在铁路12306买。退票、改签也在12306里办。

phone-train-ticket-explain-1 = 买火车票，认准一个名字：12306。这是铁路自己的。手机上的APP叫“铁路12306”，网站和客服电话也都是12306。在12306买票，不收手续费。
phone-train-ticket-explain-2 = 在网上搜“火车票”，会出来很多长得很像的网站和APP。有的多收服务费，说能“加速抢票”；有的把钱骗走。这些都不用。APP只在手机自带的应用商店里搜“铁路12306”来装。在《只在应用商店装APP，看清权限》这一课里还会细讲。
phone-train-ticket-explain-3 = 买票一步一步来。打开铁路12306，填好从哪儿出发、到哪儿、哪一天，点查询车票。再选车次，选座位，选坐车的人，最后在12306里付钱。12306还有字大的敬老版，可以请子女帮您打开。

phone-train-ticket-app = 铁路12306
phone-train-ticket-route = 北京南 到 南京南　3月5日
phone-train-ticket-g25 = G25　07:00开　11:20到
phone-train-ticket-g41 = G41　08:00开　12:18到
phone-train-ticket-g63 = G63　14:00开　18:16到
phone-train-ticket-station-sub = 北京南站出发　南京南站到达
phone-train-ticket-waitlist = 二等座　候补
phone-train-ticket-has-seats = 二等座　有

phone-train-ticket-p1 = 您要买3月5日去南京的票，想坐上午的车。看一看每一行右边写的，点一趟上午还有票的车。
phone-train-ticket-p1-g41-fb = 选对了！这趟车早上八点开，二等座写着“有”，就是还有票。下一步选座位和坐车的人。
phone-train-ticket-p1-g25-fb = 这趟车早上七点开，可是写着“候补”，就是票卖完了。候补是排队等别人退票，不一定买得到。找一找写着“有”的上午的车。
phone-train-ticket-p1-g63-fb = 这趟车还有票，可它下午两点才开。您想坐上午的车，再找一找写着“有”的上午的车。

phone-train-ticket-explain-4 = 和老伴、家人一起去，每个人都要有一张票。给家人买票，要把他加成“乘车人”。第一次要填他的名字和身份证号，按手机上说的做。加好一次，以后一点就选上。

phone-train-ticket-p2 = 您和老伴李建国一起去南京。看一看这一页，您怎么做？
phone-train-ticket-p2-heading = 确认订单
phone-train-ticket-p2-train = 3月5日　G41　08:00开
phone-train-ticket-p2-seat = 二等座　¥443.50
phone-train-ticket-p2-seat-speech = 二等座，一张四百四十三元五角
phone-train-ticket-p2-passengers = 乘车人
phone-train-ticket-p2-me = 张秀兰
phone-train-ticket-p2-me-sub = 成人票　本人
phone-train-ticket-p2-add = 添加乘车人
phone-train-ticket-p2-submit = 提交订单
phone-train-ticket-p2-add-fb = 做得对！这一页上只有您一个人，老伴还没有票。点了以后，选上李建国。第一次要填他的名字和身份证号。两个人都在上面了，再点提交订单。
phone-train-ticket-p2-submit-fb = 先别提交。这一页上只有您一个人，这样只买到您的一张票，老伴还没有。先点添加乘车人，把老伴选上，再提交。
phone-train-ticket-p2-family-fb = 很好！问问子女，他们可以帮您把老伴加成乘车人。看一看，这一页上现在只有您一个人。

phone-train-ticket-explain-5 = 点了提交订单，12306会请您付钱。就在12306里选微信或者支付宝，按提示付。别人发来的收款码、私人账户，一分钱也不付。
phone-train-ticket-explain-6 = 不去了，或者想换一趟车，也在12306里办。打开铁路12306，点下面的“订单”，找到这张票，点退票或者改签。也可以去火车站的窗口办。退票的钱，会回到您原来付钱的地方。要扣的退票费，直接从票钱里扣，不用您另外交钱。
phone-train-ticket-explain-7 = 骗子会发短信、打电话，说您的车停运了，让您点链接领赔偿，或者交“退票手续费”。12306不会这样做。短信里的链接不点，自己打开12306看订单，或者打12306问。在《带链接的短信》这一课里还会细讲。

phone-train-ticket-p3 = 过了几天，您收到一条短信。您怎么做？
phone-train-ticket-p3-body = 【铁路通知】尊敬的旅客，您购买的3月5日G41次列车因故停运。请在24小时内点击下方链接办理退票，并领取200元赔偿金，过期作废。
phone-train-ticket-p3-link-fb = 这个链接是骗子做的。点开以后，它会要您的银行卡号和验证码。以后看到这种短信，链接不点。自己打开铁路12306，点订单，看看车票还在不在。
phone-train-ticket-p3-delete-fb = 做得对！这不是12306发的，是一个陌生号码。删掉就好，链接不点。不放心，就自己打开铁路12306，点订单看一看。
phone-train-ticket-p3-report-fb = 做得对！举报了，手机以后会帮大家拦住这个号码。链接不点。想看车票，就自己打开铁路12306看订单。
phone-train-ticket-p3-home-fb = 做得对！不点链接，回到桌面，自己打开铁路12306，点订单看看。车真停运了，12306里会写清楚，退票也在那里办。
phone-train-ticket-p3-back-fb = 做得对！链接不点，离开这条短信就好。不放心，就自己打开铁路12306，点订单看一看。
phone-train-ticket-p3-family-fb = 很好！告诉家人，一起在12306里看看订单。就算短信写对了您的车次，也不点里面的链接。
phone-train-ticket-p3-volunteer-fb = 很好！志愿者会陪您在12306里看看订单。这条短信里的链接，不点。

phone-train-ticket-p4 = 票买好了，您又收到一条短信。看一看是谁发的，写了什么。您怎么做？
phone-train-ticket-p4-sender = 12306
phone-train-ticket-p4-body = 【铁路客服】张秀兰、李建国，您已购3月5日G41次，5车08D号、5车08F号，二等座，北京南站08:00开。请带好购票时用的身份证乘车。
phone-train-ticket-p4-body-speech = 【铁路客服】张秀兰、李建国，您已购3月5日G41次，5车8D号、5车8F号，二等座，北京南站早上八点开。请带好购票时用的身份证乘车。
phone-train-ticket-p4-back-fb = 做得对！这条是12306发的真短信。发件人是12306，没有链接，写的是您的车次和座位。看完留着就好，坐车那天还能看一眼车厢和座位。
phone-train-ticket-p4-home-fb = 做得对！这条是12306的真短信，没有链接，也不要钱。留着它，坐车那天看一眼车厢和座位。
phone-train-ticket-p4-family-fb = 很好！告诉家人您坐几点的车，他们好来接您。这条短信是12306发的，是真的，留着就好。
phone-train-ticket-p4-delete-fb = 删了也不要紧，票还在12306的订单里。不过这条短信是真的：发件人是12306，没有链接。留着它，坐车那天看一眼车厢和座位更方便。
phone-train-ticket-p4-report-fb = 这条不用举报。它是12306发的真短信：发件人是12306，没有链接，也不要钱，写的是您的车次和座位。留着就好。

phone-train-ticket-q-1 = 您在网上搜“火车票”，出来一个网站：“加速抢票，一张多收三十元，保证买到。”您怎么做？
phone-train-ticket-q-1-a-1 = 多付三十元，买得快
phone-train-ticket-q-1-a-1-feedback = 不用多付。这种网站多收钱，也不一定买得到，有的还会把钱骗走。打开铁路12306买。票卖完了，可以在12306里点候补。
phone-train-ticket-q-1-a-2 = 不用它，打开铁路12306买
phone-train-ticket-q-1-a-2-feedback = 答对了！火车票只在12306买，不收手续费。票卖完了，在12306里点候补，等别人退票。
phone-train-ticket-q-1-a-3 = 把身份证号发给他们，请他们代买
phone-train-ticket-q-1-a-3-feedback = 身份证号别发给不认识的人。打开铁路12306自己买。不会买，就请子女或志愿者陪您在12306里买。

phone-train-ticket-q-2 = 有人打电话说：“我是12306客服，您的车停运了，加我微信，交一笔退票手续费。”您怎么办？
phone-train-ticket-q-2-a-1 = 加他微信，把手续费交了
phone-train-ticket-q-2-a-1-feedback = 别加，也别交钱。12306不会让您另外交退票费。挂断电话，自己打开铁路12306看订单，或者打12306问。
phone-train-ticket-q-2-a-2 = 挂断，自己打开12306看订单，或者打12306问
phone-train-ticket-q-2-a-2-feedback = 答对了！退票只在12306里办，不用另外交钱。车真停运了，12306的订单里会写清楚。
phone-train-ticket-q-2-a-3 = 把手机收到的验证码告诉他，让他帮我退
phone-train-ticket-q-2-a-3-feedback = 验证码谁要都不给。骗子拿到它，就能进您的账户。挂断电话，自己打开12306看订单。在《验证码不告诉任何人》这一课里还会细讲。
