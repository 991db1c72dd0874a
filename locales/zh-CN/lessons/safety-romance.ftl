# 课程：网上的“恋人”谈钱（防范诈骗）
safety-romance-title = 网上的“恋人”谈钱
safety-romance-remember = 没见过面的人，一提钱就是骗子。不转钱，告诉家人。

safety-romance-explain-1 = 一个人过日子，难免觉得孤单。骗子就专找这样的老人。他会在微信、短视频或交友APP上加您。照片上的人很好看，说话很温柔。他常说自己在国外当兵、当医生，或者是做大生意的老板。找老大爷的，就扮成年轻漂亮的女人。
safety-romance-explain-2 = 他天天问候您，早上说早安，晚上说晚安，一聊就是好几个星期。他叫您“亲爱的”，说要和您过一辈子。可他总也见不了面。您想视频，他就说不让开、信号不好、摄像头坏了。就算视频了，也只有几秒钟，画面还卡。那张脸，也可能是电脑换的。
safety-romance-explain-3 = 等您信了他，他就开始提钱。常见的说法有三种。一是出事了：住院、被扣、买不起回国的机票。二是带您“投资”：说他在一个平台赚了钱，为你们的将来。三是给您寄了礼物，被海关扣了，要您先交一笔钱。

safety-romance-p1 = 您和“陈医生”在网上聊了两个月，一直没见过面。今天他发来这些话。您怎么回？
safety-romance-p1-title = 陈医生
safety-romance-p1-m1 = 早安，亲爱的。今天降温了，出门多穿件衣服。
safety-romance-p1-m2 = 知道了，你在那边也要注意身体。
safety-romance-p1-m3 = 认识你，是我这辈子最幸运的事。等我在国外的合同结束，就回去找你，我们好好过日子。
safety-romance-p1-m4 = 我有个老师带单，在一个平台赚了不少，想给我们将来买套房。你也投一点吧，稳赚不赔。这事先别告诉孩子们。
safety-romance-p1-invest = 好，我也投一点。平台怎么下载？
safety-romance-p1-stop = 我们没见过面。你一提钱，我就不聊了。
safety-romance-p1-small = 我先投一千块试试。
safety-romance-p1-stop-fb = 做得对！没见过面的人一提钱，就是骗子。“稳赚不赔”“别告诉孩子”，都是骗子常说的话。别再和他聊，可以把他删掉、拉黑，再把这件事告诉家人。
safety-romance-p1-invest-fb = 请先别下载，也别投钱。你们从没见过面，他却让您投钱，这就是骗局。他说的平台，是骗子自己做的。别再和他聊了，告诉家人。
safety-romance-p1-small-fb = 小钱也别投。骗子会先让您“赚”一点，再哄您投大钱。没见过面的人一提钱，就别再聊了，告诉家人。
safety-romance-p1-family-fb = 很好！他说别告诉孩子，您偏要告诉。家人帮您一起看，骗子就没办法了。
safety-romance-p1-back-fb = 离开这个聊天，做得对。他再提钱，就别回了。把这件事告诉家人。

safety-romance-explain-4 = 他说的“平台”，是骗子自己做的APP。上面的数字天天涨，刚开始还能取出一点点，这是先给您的小甜头。等您投了大钱想取出来，它就说账户冻结了，要先交“解冻费”“保证金”。交了一笔，还有下一笔，钱一分也拿不回来。

safety-romance-p2 = 假如您听了陈医生的话，在他说的平台投了两万元。一周后，您打开这个APP，看到这一页。您怎么做？
safety-romance-p2-title = 金泰环球
safety-romance-p2-total-label = 我的资产
safety-romance-p2-total = ¥31,600.00
safety-romance-p2-total-speech = 我的资产，三万一千六百元。
safety-romance-p2-profit = 本周收益 ¥11,600.00
safety-romance-p2-profit-speech = 本周收益，一万一千六百元。
safety-romance-p2-notice = VIP通道今日开放：追加投资¥50,000.00，收益翻倍！名额有限。
safety-romance-p2-notice-speech = VIP通道今天开放。再投五万元，收益翻一倍。名额有限。
safety-romance-p2-invest = 追加投资
safety-romance-p2-withdraw = 提现
safety-romance-p2-invest-fb = 请别再投了。一周就赚一万多，天下没有这样的好事。这些数字是骗子随手改的，钱早被转走了。停手，打110报警，告诉家人。
safety-romance-p2-withdraw-fb = 想把钱取回来，这个想法没错。可这种APP多半会说：要先交解冻费。不管它要多少，一分也别再交。打110报警，告诉家人。
safety-romance-p2-family-fb = 做得对！告诉家人，一起打110报警。聊天记录和转账记录都留着，别删，警察用得上。
safety-romance-p2-volunteer-fb = 很好！志愿者会陪您报警。这个APP里，一分钱也别再投。
safety-romance-p2-back-fb = 离开这个APP，一分钱也不再投，做得对。接着打110报警，再告诉家人。

safety-romance-p3 = 陈医生说，给您寄了一份礼物。今天，您收到这条短信。您怎么做？
safety-romance-p3-sender = 陌生号码
safety-romance-p3-body = 【国际包裹清关中心】陈志远医生寄给您的包裹已到海关，内有金首饰和外币现金，价值超标，已被扣留。请今天内缴纳清关费¥4,800.00，转到专员账户。逾期没收，并追究责任。
safety-romance-p3-body-speech = 国际包裹清关中心：陈志远医生寄给您的包裹已到海关，里面有金首饰和外币现金，价值超标，已被扣留。请今天内交清关费四千八百元，转到专员账户。过期没收，并追究责任。
safety-romance-p3-link-fb = 这个链接别点。真寄礼物，不会让收礼的人往个人账户转钱。“过期没收”“追究责任”，是在吓唬您。删掉短信，告诉家人。
safety-romance-p3-delete-fb = 做得对！这是骗子的短信，这个包裹根本不存在。删掉就好，一分钱也不交，再告诉家人。
safety-romance-p3-report-fb = 做得对！举报以后，这个号码就难再骗别人了。这份“礼物”是假的，一分钱也不交。
safety-romance-p3-family-fb = 很好！让家人帮您看看。没见过面的人寄“礼物”，还要您交钱，就是骗局。

safety-romance-explain-5 = 记住一句话：没见过面的人，一提钱就是骗子。不管他说看病、投资，还是交海关的钱，都不转。他说“别告诉孩子”，您更要告诉家人。上了当也不丢人，错的是骗子。

safety-romance-p4 = 老邻居刘姐发来微信。您和她认识十多年了，天天在楼下见面。您怎么回？
safety-romance-p4-title = 刘姐
safety-romance-p4-m1 = 这几天怎么没下楼？身体还好吧？
safety-romance-p4-m2 = 周六上午，社区活动中心办广场舞联欢，不收钱。咱们一起去跳吧，我在楼下等你。
safety-romance-p4-accept = 好啊，周六楼下见！
safety-romance-p4-refuse = 你是不是骗子？我不去。
safety-romance-p4-later = 这周腿不太舒服，下次吧。
safety-romance-p4-accept-fb = 做得对！刘姐是您生活里天天见面的人。她约您跳舞，一句钱也没提。这样的邀请，放心答应。多出门走走，心里也不孤单。
safety-romance-p4-refuse-fb = 别担心，刘姐不是骗子。她是您见过面的老邻居，只是约您跳舞，没提钱。这样的邀请，可以放心答应。
safety-romance-p4-later-fb = 下次再去也没关系。刘姐是您认识的老邻居，又没提钱，这样的邀请是安全的。腿好了，就一起去跳吧。
safety-romance-p4-family-fb = 问问家人也可以。不过刘姐是您天天见面的老邻居，又没提钱，放心答应就好。

safety-romance-q-1 = 网上认识三个月的“恋人”说：“我在国外住院了，你先给我打两万块。”您怎么办？
safety-romance-q-1-a-1 = 他病得急，先打钱救人
safety-romance-q-1-a-1-feedback = 先别打钱。你们从没见过面，他说的病也可能是编的。没见过面的人一提钱，就是骗子。请告诉家人。
safety-romance-q-1-a-2 = 不打钱，不再聊，告诉家人
safety-romance-q-1-a-2-feedback = 答对了！没见过面的人一提钱，就是骗子。
safety-romance-q-1-a-3 = 让他先发张住院单的照片来
safety-romance-q-1-a-3-feedback = 照片很容易造假，骗子马上就能发给您。不用再问了：不打钱，告诉家人。

safety-romance-q-2 = 他说：“这件事先别告诉孩子们，他们不懂我们的感情。”您怎么办？
safety-romance-q-2-a-1 = 他说得对，孩子会反对，先不说
safety-romance-q-2-a-1-feedback = 不让您告诉家人，是怕有人提醒您。越是这样，越要告诉家人。
safety-romance-q-2-a-2 = 越不让说，越要告诉家人
safety-romance-q-2-a-2-feedback = 答对了！骗子最怕您和家人商量。多一个人帮您看，就多一分安全。

safety-romance-q-3 = 平台说：“您的账户冻结了，交三千元解冻费，就能把钱取出来。”您怎么办？
safety-romance-q-3-a-1 = 交了就能取，赶紧交
safety-romance-q-3-a-1-feedback = 交了这一笔，还会有下一笔，钱还是取不出来。一分也别交，打110报警。
safety-romance-q-3-a-2 = 一分也不交，打110报警，告诉家人
safety-romance-q-3-a-2-feedback = 做得对！越早报警越好。聊天记录和转账记录都留着，别删。
safety-romance-q-3-a-3 = 找陈医生，让他帮我交
safety-romance-q-3-a-3-feedback = 陈医生和这个平台是一伙的，他只会让您再交钱。别找他，打110报警，告诉家人。

safety-romance-explain-6 = 要是已经转了钱，别怕，也别自己扛。马上停手，不再转一分钱。打110报警，拿不准就打96110问一问。告诉家人。聊天记录和转账记录都留着，别删。
