# 课程：免费讲座、体检，卖保健品（防范诈骗）
safety-health-lecture-title = 免费讲座、体检，卖保健品
safety-health-lecture-remember = 送鸡蛋的讲座，最后要卖“神药”。保健品不是药，有病去医院。

safety-health-lecture-explain-1 = 小区门口常有人发传单：免费领鸡蛋，免费体检，专家讲健康。还有的说带您免费旅游。这些“免费”，是为了把您请进门。
safety-health-lecture-explain-2 = 进了门，工作人员特别热情。一口一个“阿姨”“叔叔”，有的还认您当干妈、干爸。他们常来家里看您，帮您干活，比亲人还亲。
safety-health-lecture-explain-3 = 过几天，“体检”说您血管堵了，病很重。“专家”就拿出“神药”，说高血压、糖尿病，连癌症都能治好。一个疗程几千元，还说“今天特价”“别告诉孩子”。

safety-health-lecture-scan = 扫一扫
safety-health-lecture-photo = 拍照

safety-health-lecture-p1 = 您在小区门口，看到墙上贴着这张海报。您拿着手机。您怎么做？
safety-health-lecture-p1-heading = 健康大讲堂，免费领鸡蛋！
safety-health-lecture-p1-body = 知名专家讲养生。免费量血压，免费查血管。
safety-health-lecture-p1-when = 每天上午九点，幸福路活动室。连听七天，还送大米，送旅游。
safety-health-lecture-p1-hurry = 名额有限，先到先得！
safety-health-lecture-p1-code = 扫码报名，领取礼品
safety-health-lecture-p1-phone = 报名电话 010-0000-0530
safety-health-lecture-p1-scan-fb = 先别扫。扫码报名，对方就有了您的电话和微信，以后天天来找您。这种送鸡蛋的讲座，最后是要卖保健品的。按返回键走开就好。
safety-health-lecture-p1-photo-fb = 拍下来给家人看看，可以。不过这种讲座最后是要卖东西的，不用去报名。按返回键走开就好。
safety-health-lecture-p1-back-fb = 做得对！送鸡蛋、送旅游，最后是要卖保健品的。不扫码，不报名，走开就好。
safety-health-lecture-p1-home-fb = 做得对！离开就好。这种讲座，为的是卖给您几千元的保健品。
safety-health-lecture-p1-family-fb = 很好！问问家人最稳妥。这种送鸡蛋的讲座，最后要卖保健品，不用去。
safety-health-lecture-p1-volunteer-fb = 很好！问问志愿者。这种讲座是为了卖保健品，不扫码，不报名。

safety-health-lecture-q-1 = 讲座上的“专家”说：“吃了这个，糖尿病能治好，药也不用吃了。”您怎么看？
safety-health-lecture-q-1-a-1 = 专家说的，应该没错
safety-health-lecture-q-1-a-1-feedback = 这位“专家”不是您的医生，他是来卖东西的。保健品治不好糖尿病。有病，去医院问医生。
safety-health-lecture-q-1-a-2 = 保健品不是药，治病要去医院问医生
safety-health-lecture-q-1-a-2-feedback = 答对了！保健品治不了病。说能治百病的，就是骗人的。
safety-health-lecture-q-1-a-3 = 先把药停几天，试试看
safety-health-lecture-q-1-a-3-feedback = 千万别停药。自己停药，病会加重，很危险。该吃的药照常吃，有疑问就去问医生。

safety-health-lecture-explain-4 = 保健品不是药，治不了病。正规保健品的盒子上印着：保健食品不是药物，不能代替药物治疗疾病。生了病，去医院，听医生的。降压药、降糖药，千万别自己停。

safety-health-lecture-p2 = 讲座上认识的小王，给您发来微信。您怎么回？
safety-health-lecture-p2-title = 小王（健康顾问）
safety-health-lecture-p2-m1 = 干妈，昨天体检说您血管堵了，我一晚上都没睡好，真替您担心。
safety-health-lecture-p2-m2 = 专家特意给您留了一个疗程，六千八。吃完血管就通了，降压药也能停。
safety-health-lecture-p2-m3 = 这事先别跟孩子说，年轻人不懂，还会拦着您。明天上午我来家里接您。
safety-health-lecture-p2-ask-family = 我先问问孩子和医生，这个不买
safety-health-lecture-p2-go = 好，明天你来接我
safety-health-lecture-p2-half = 钱不够，我先交一半行吗？
safety-health-lecture-p2-ask-family-fb = 做得对！他不让您告诉孩子，就是怕有人拦着。和孩子商量，身体的事去医院问医生。
safety-health-lecture-p2-go-fb = 先别答应。他叫您干妈，是为了让您信他，好卖东西。不让告诉孩子，正是骗人的手段。回他“我先问问孩子和医生”。
safety-health-lecture-p2-half-fb = 一半也别交。保健品治不好血管的病，降压药也不能停。回他“我先问问孩子和医生”，再告诉家人。
safety-health-lecture-p2-family-fb = 很好！他不让说，您偏要告诉家人。家人帮您一起看，就不容易上当。
safety-health-lecture-p2-volunteer-fb = 很好！问问志愿者。不让告诉孩子、要卖几千元的“神药”，就是骗局。

safety-health-lecture-p3 = 讲座最后一天，工作人员说：“一个疗程六千八，今天特价。”他让您扫柜台上的码。手机上出现了这个页面。您怎么做？
safety-health-lecture-p3-title = 付款
safety-health-lecture-p3-payee = 康乐健康咨询服务部
safety-health-lecture-p3-item = 特效灵芝丸，一个疗程
safety-health-lecture-p3-amount = ¥6,800.00
safety-health-lecture-p3-amount-speech = 六千八百元
safety-health-lecture-p3-cancel-fb = 做得对！六千八百元买的是保健品，不是药，治不了病。不付钱，回家和孩子商量，身体的事去医院问医生。
safety-health-lecture-p3-back-fb = 做得对！离开这个页面，钱就不会付出去。回家和孩子商量，身体的事去问医生。
safety-health-lecture-p3-pay-fb = 先别付。这是保健品，不是药，治不了病，还贵得吓人。点取消，回家和孩子商量，再去医院问问医生。
safety-health-lecture-p3-family-fb = 很好！花大钱以前，先问家人。这么贵的保健品，不用买。
safety-health-lecture-p3-volunteer-fb = 很好！问问志愿者。讲座上卖的“神药”，一分钱也别付。

safety-health-lecture-explain-5 = 真正的免费服务也有。社区卫生服务中心会免费量血压、测血糖。六十五岁以上的老人，每年还能在那里免费体检一次。它们不卖东西，不收钱，也不让您扫码付钱。

safety-health-lecture-p4 = 您最近血压有点高。小区公告栏上贴着这张海报。您怎么做？
safety-health-lecture-p4-heading = 免费量血压、测血糖
safety-health-lecture-p4-who = 幸福路社区卫生服务中心
safety-health-lecture-p4-when = 每周二上午八点到十一点，在中心一楼。请带上医保卡。
safety-health-lecture-p4-free = 不收费，不卖任何东西。
safety-health-lecture-p4-phone = 咨询电话 010-0000-0531
safety-health-lecture-p4-photo-fb = 做得对！拍下来，记住时间。周二上午带上医保卡去量就好。这里不卖东西，可以放心。
safety-health-lecture-p4-family-fb = 很好！告诉家人，约好一起去。社区卫生服务中心量血压是免费的，不卖东西。
safety-health-lecture-p4-volunteer-fb = 很好！问问志愿者也好。这是社区卫生服务中心办的，可以放心去。
safety-health-lecture-p4-back-fb = 不去也没关系。不过这张海报是社区卫生服务中心贴的：不收钱，不卖东西，也不让您扫码。可以放心去量。
safety-health-lecture-p4-home-fb = 离开也行。不过这里是社区卫生服务中心，量血压不收钱，也不卖东西。血压高了，可以放心去量一量。

safety-health-lecture-q-2 = 下面哪一个，可以放心去？
safety-health-lecture-q-2-a-1 = 社区卫生服务中心免费量血压，不卖东西
safety-health-lecture-q-2-a-1-feedback = 答对了！社区卫生服务中心是正规的地方。量血压不收钱，也不卖东西，可以放心去。
safety-health-lecture-q-2-a-2 = 送鸡蛋的健康讲座，专家免费看病
safety-health-lecture-q-2-a-2-feedback = 这种讲座先送鸡蛋，最后要卖几千元的保健品，不用去。量血压，去社区卫生服务中心。
safety-health-lecture-q-2-a-3 = 免费旅游，顺路参观保健品工厂
safety-health-lecture-q-2-a-3-feedback = 免费旅游，半路会带您去买保健品，不用去。想量血压、做体检，去社区卫生服务中心。

safety-health-lecture-explain-6 = 花大钱以前，先和家人商量。已经买了，觉得上当，也别不好意思。留好收据和包装，打12315投诉，也可以打12345问一问。被骗的钱多，就打110报警。

safety-health-lecture-q-3 = 您已经花三千元买了保健品，回家越想越不对。怎么办？
safety-health-lecture-q-3-a-1 = 不好意思说，就算了
safety-health-lecture-q-3-a-1-feedback = 上当不丢人，骗子专骗心好的人。告诉家人，留好收据，打12315投诉。
safety-health-lecture-q-3-a-2 = 告诉家人，留好收据，打12315投诉
safety-health-lecture-q-3-a-2-feedback = 做得对！越早说越好。被骗的钱多，就打110报警。
safety-health-lecture-q-3-a-3 = 再买一个疗程，他说能把钱返给我
safety-health-lecture-q-3-a-3-feedback = 别再买了。“再买就返钱”，是想骗您更多的钱。停下来，告诉家人，打12315或者110。
