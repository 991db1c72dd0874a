# 课程：养老院、养老公寓投资（防范诈骗）
safety-pension-project-title = 养老院、养老公寓投资
safety-pension-project-remember = 买养老床位、存会员卡，说给高利息的，就是非法集资。一分钱也别交，先问子女。

safety-pension-project-explain-1 = 有人会来推销养老公寓。他说：“现在买一张床位，每年给您百分之十五的利息。等您老了，还能住进来。”听起来又能赚钱，又有地方养老。
safety-pension-project-explain-2 = 还有人卖“养老会员卡”。先交好几年的养老费，就送米、面、油，送免费体检、免费旅游。交得越多，送得越多，还说给您利息。
safety-pension-project-explain-3 = 这些都是非法集资，就是借着养老的名义，向很多人收钱。那个养老院，常常根本没有，或者一直盖不好。头几个月的利息，是拿后来人的钱发的。钱收够了，公司就关门跑了，大家的钱都没了。2022年，国家专门打击养老诈骗，这种骗局就是重点。

safety-pension-project-scan = 识别图中二维码

safety-pension-project-p1 = 有人在微信上发给您一张海报。看一看上面写的。您怎么做？
safety-pension-project-p1-name = 颐年康养公寓　床位火热认购中
safety-pension-project-p1-rate = 年收益15%
safety-pension-project-p1-rate-speech = 每年收益百分之十五
safety-pension-project-p1-price = 认购一张床位，只要10万元
safety-pension-project-p1-promise = 每月返利息，五年还本金，床位终身保留
safety-pension-project-p1-gift = 今天签约，再送米面油和免费旅游。名额有限！
safety-pension-project-p1-hotline = 招商热线：010-0000-0550
safety-pension-project-p1-qr = 扫码预约免费参观
safety-pension-project-p1-scan-fb = 先别扫。扫了码，销售就会加您好友，天天请您去参观、听讲座，一步一步让您交钱。买床位给利息，是非法集资。按返回键离开，再给子女看看。
safety-pension-project-p1-back-fb = 做得对！买床位还给百分之十五的利息，这是非法集资。不扫码，不打电话，也不去参观。
safety-pension-project-p1-family-fb = 很好！把海报给子女看，一起商量。买床位给高利息的，都是非法集资，一分钱也别交。
safety-pension-project-p1-volunteer-fb = 很好！问问志愿者。这张海报借着养老的名义收钱，是非法集资，不用理它。

safety-pension-project-explain-4 = 正规的养老院，在民政部门登记过。它按月收钱：床位费、护理费、伙食费，价钱写得清清楚楚。它不给利息，也不会让您先交一大笔钱。想知道一家养老院正不正规，可以问社区，问区里的民政局，或者打12345问一问。

safety-pension-project-p2 = 过了几天，那个销售在微信上给您发来消息。您怎么回？
safety-pension-project-p2-title = 颐年康养 刘经理
safety-pension-project-p2-m1 = 阿姨，好消息！今天是内部价最后一天，床位只剩三个了。
safety-pension-project-p2-m2 = 投十万，每年返您一万五，每个月打到卡上。五年后本金全退，您还能优先住进来。
safety-pension-project-p2-m3 = 这事先别跟孩子说。年轻人不懂，等您拿到利息，再给他们一个惊喜。
safety-pension-project-p2-go = 好，我明天取钱过去
safety-pension-project-p2-ask = 我先问问孩子，再去社区问问
safety-pension-project-p2-deposit = 我先交两千定金，把名额留着
safety-pension-project-p2-ask-fb = 做得对！他不让您告诉孩子，正说明有问题。“最后一天”“只剩三个”，都是在催您快交钱。买床位给利息，是非法集资，一分钱也别交。
safety-pension-project-p2-go-fb = 请先别去取钱。买床位给利息，是非法集资，钱交出去很难要回来。他不让您告诉孩子，就是怕孩子拦着。先告诉子女。
safety-pension-project-p2-deposit-fb = 定金也别交。交了定金，他会接着催您交全款。买床位给利息，是非法集资。先问问子女，一分钱也别交。
safety-pension-project-p2-family-fb = 很好！他偏不让您告诉孩子，您就先告诉孩子。一起看看，就知道这是非法集资。
safety-pension-project-p2-back-fb = 不回他，也可以。这是非法集资，一分钱也别交。记得告诉子女，也别去签合同。

safety-pension-project-p3 = 您去他们那里参观。刘经理拿来一份合同，说今天签，还送一桶油。看一看合同上写的。您怎么做？
safety-pension-project-p3-heading = 养老服务会员合同
safety-pension-project-p3-parties = 甲方：会员本人　　乙方：颐年康养管理有限公司
safety-pension-project-p3-clause-1 = 第一条　甲方预存养老服务费，人民币拾万元整，成为终身会员。
safety-pension-project-p3-clause-2 = 第二条　乙方按年化收益15%，每月向甲方发放“养老补贴”。
safety-pension-project-p3-clause-2-speech = 第二条，乙方按年化收益百分之十五，每个月给甲方发“养老补贴”。
safety-pension-project-p3-clause-3 = 第三条　满五年，退还全部本金。甲方可优先入住乙方在建的康养公寓。
safety-pension-project-p3-clause-4 = 第四条　本合同内容，甲方须保密，不得告诉他人。
safety-pension-project-p3-sign = 甲方签字：
safety-pension-project-p3-sign-fb = 先别签。合同里写着“预存”，又写着“年化收益”，这就是借着养老的名义非法集资。签了字、交了钱，很难要回来。把合同拍下来，给子女看。
safety-pension-project-p3-family-fb = 做得对！把合同拍下来，发给子女看，和他们商量。又要预存，又给年化收益，就是非法集资。不签字，不交钱。
safety-pension-project-p3-volunteer-fb = 很好！请志愿者帮您看。这份合同要您预存钱，还给利息，是非法集资。不签字，不交钱。
safety-pension-project-p3-back-fb = 做得对！不签，把合同还给他，起身离开。他再催，也不签。回家告诉子女。

safety-pension-project-p4 = 社区在小区的微信群里发了一张海报。看一看上面写的。您怎么做？
safety-pension-project-p4-name = 和平街道社区养老服务站
safety-pension-project-p4-registered = 已在区民政局登记备案
safety-pension-project-p4-prices = 收费标准
safety-pension-project-p4-price-1 = 白天托老：每月800元
safety-pension-project-p4-price-2 = 老年餐：每餐12元
safety-pension-project-p4-price-3 = 助浴：每次30元
safety-pension-project-p4-monthly = 费用按月交，随时可以不来。欢迎带家人来参观。
safety-pension-project-p4-address = 地址：和平街道社区服务中心一楼　电话：010-0000-0551
safety-pension-project-p4-qr = 扫码看本周菜谱
safety-pension-project-p4-scan-fb = 可以看。这是社区登记过的养老服务站，价钱写得清楚，按月交钱，不让您投资，也不说给利息。扫码看看菜谱，放心。
safety-pension-project-p4-family-fb = 很好！和家人一起去看看。这张海报是正常的：价钱写得清楚，按月交钱，不说给利息。
safety-pension-project-p4-volunteer-fb = 很好！问问志愿者也行。这张海报是正常的：社区登记过，按月收费，不说给利息。
safety-pension-project-p4-back-fb = 这张海报其实是正常的。社区登记过，按月收费，不要您预存大钱，也不说给利息。想去，可以放心带家人去看看。

safety-pension-project-q-1 = 销售说：“买一张床位，每年给您百分之十五的利息，以后还能住进来。”这是什么？
safety-pension-project-q-1-a-1 = 好机会，又能赚钱，又能养老
safety-pension-project-q-1-a-1-feedback = 听着很好，其实是非法集资。那个养老院常常根本没有，钱交了就要不回来。一分钱也别交。
safety-pension-project-q-1-a-2 = 非法集资，一分钱也不交
safety-pension-project-q-1-a-2-feedback = 答对了！买床位给高利息，就是非法集资。
safety-pension-project-q-1-a-3 = 先少买一点，拿到利息再多买
safety-pension-project-q-1-a-3-feedback = 少买也别买。头几个月的利息，是骗子先给的小甜头，好让您再多交钱。一分钱也别交。

safety-pension-project-q-2 = 想给自己找一家养老院，怎么知道它正不正规？
safety-pension-project-q-2-a-1 = 问社区或者民政局，正规的按月收费，不给利息
safety-pension-project-q-2-a-1-feedback = 答对了！正规的养老院在民政部门登记过，按月收钱，不会给您利息。
safety-pension-project-q-2-a-2 = 看它送的礼品多不多
safety-pension-project-q-2-a-2-feedback = 礼品送得多，不说明它正规。骗子常拿米面油、免费旅游拉人。去问社区或者民政局。
safety-pension-project-q-2-a-3 = 看海报上的楼漂不漂亮
safety-pension-project-q-2-a-3-feedback = 海报上的楼，可能是假的，也可能一直盖不好。去问社区或者民政局，最好和家人一起去实地看看。

safety-pension-project-explain-5 = 已经交了钱？别再交，也别等着“返利息”。马上打110报警，把合同、收据、聊天记录都留好，再告诉子女。越早报警，越有希望把钱追回来。

safety-pension-project-q-3 = 您已经买了床位。公司说：“再交五千元手续费，才能退本金。”您怎么办？
safety-pension-project-q-3-a-1 = 再交五千，把本金拿回来
safety-pension-project-q-3-a-1-feedback = 请别再交。交了这一笔，还会有下一笔。马上打110报警，告诉子女。
safety-pension-project-q-3-a-2 = 不再交钱，打110报警，留好合同和收据
safety-pension-project-q-3-a-2-feedback = 做得对！再把这件事告诉子女，让他们陪您去报警。
safety-pension-project-q-3-a-3 = 先不声张，等公司慢慢还
safety-pension-project-q-3-a-3-feedback = 别等。公司很可能会关门跑掉。越早报警，越有希望追回钱。打110，告诉子女。
