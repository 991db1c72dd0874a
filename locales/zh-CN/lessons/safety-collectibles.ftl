# 课程：纪念币、收藏品“回购”（防范诈骗）
safety-collectibles-title = 纪念币、收藏品“回购”
safety-collectibles-remember = 说“保证高价回购”的，买了没人收。纪念币，只去银行按面额换。

safety-collectibles-explain-1 = 有人会打电话来卖收藏品。电视购物、短视频里也有。卖的是“限量纪念币”、邮票、玉器、字画。他们说：“过几年能涨十倍，公司保证高价回购。”
safety-collectibles-explain-2 = 您花几千、几万元买回家。等想卖回给他们，电话打不通，公司也不见了。拿去别处卖，也没人要。这些东西多半是铜上镀了一层金，不值什么钱。

safety-collectibles-p1 = 您接了一个陌生电话。听听对方说了什么。您怎么做？
safety-collectibles-p1-caller = 未知号码
safety-collectibles-p1-status = 通话中 00:48
safety-collectibles-p1-words = 您好，这里是藏品回购中心。国家限量发行一套纪念金币，三年能涨十倍。您现在买，我们签合同，保证高价回购！
safety-collectibles-p1-speaker = 免提
safety-collectibles-p1-hang-up-fb = 做得对！说“保证高价回购”的，就是骗子。挂断就好，不用跟他多说。
safety-collectibles-p1-speaker-fb = 免提只是让声音大一点。他说的话还是骗人的：保证高价回购，买了没人收。点红色的挂断键就好。
safety-collectibles-p1-family-fb = 很好！问问家人最稳妥。这是卖收藏品的骗局，先挂断电话，再和家人说。
safety-collectibles-p1-volunteer-fb = 很好！问问志愿者。说保证高价回购的，都是骗子。先挂断电话就好。

safety-collectibles-rp-intro = 现在练习接一个完整的推销电话。对方每说一句，您就选怎么做。不着急，慢慢选。
safety-collectibles-rp-caller = 自称：藏品回购中心
safety-collectibles-rp-debrief = 说“国家限量、能涨十倍、保证回购”的，都是骗子。买了以后没人回购，人也找不到。接到这种电话就挂断，一分钱也不付，再告诉家人。不放心，就打96110问一问。

safety-collectibles-rp-1 = 您好，这里是藏品中心。国家刚发行一套限量纪念金币，全国只有一千套，专门留给老同志。
safety-collectibles-rp-1-phrase = 国家限量发行
safety-collectibles-rp-1-hang-up = 挂断电话，不听了
safety-collectibles-rp-1-hang-up-fb = 做得对！国家发的纪念币，都在银行按面额换，不会有人打电话来卖。挂断就好。
safety-collectibles-rp-1-ask = 问他：国家发的纪念币，为什么不去银行换？
safety-collectibles-rp-1-ask-fb = 问得好。真的纪念币，都在银行按面额换。听听他怎么编。
safety-collectibles-rp-1-go-along = 好啊，你给我说说。
safety-collectibles-rp-1-go-along-fb = 先别往下听。陌生人打电话卖收藏品，多半是骗局。您随时可以挂断。

safety-collectibles-rp-2 = 这套金币现在九千八百元，三年能涨到十万。我们签正式合同，到时候保证高价回购，稳赚不赔。
safety-collectibles-rp-2-phrase = 保证高价回购，稳赚不赔
safety-collectibles-rp-2-hang-up = 挂断电话，这是骗局
safety-collectibles-rp-2-hang-up-fb = 做得对！“保证回购”“稳赚不赔”，都是骗人的话。挂断就好。
safety-collectibles-rp-2-ask = 问他：签了合同，你们公司不见了怎么办？
safety-collectibles-rp-2-ask-fb = 问得好。合同也是他们写的。公司一跑，合同就没用了。
safety-collectibles-rp-2-go-along = 真能涨十倍？那我买一套。
safety-collectibles-rp-2-go-along-fb = 请先别买。真能涨十倍，他自己就留着了，不会打电话卖给您。买了以后，没人回购。

safety-collectibles-rp-3 = 只剩最后三套了，好多人在抢。今天不订，明天就没了。
safety-collectibles-rp-3-phrase = 今天不订，明天就没了
safety-collectibles-rp-3-hang-up = 挂断电话，不着急买
safety-collectibles-rp-3-hang-up-fb = 做得对！催您马上买，就是不想让您想清楚。挂断就好。
safety-collectibles-rp-3-ask = 问他：我先问问儿女，明天再说行吗？
safety-collectibles-rp-3-ask-fb = 问得好。听听他让不让您问家人。
safety-collectibles-rp-3-go-along = 那我赶紧订，别让人抢走了。
safety-collectibles-rp-3-go-along-fb = 别着急。“最后几套”是骗子催人的话。真是好东西，不怕您慢慢想。先挂断，问问家人。

safety-collectibles-rp-4 = 先别告诉儿女，年轻人不懂收藏，会拦着您赚钱。等涨了钱，再给他们一个惊喜。
safety-collectibles-rp-4-phrase = 先别告诉儿女
safety-collectibles-rp-4-hang-up = 挂断电话，马上告诉家人
safety-collectibles-rp-4-hang-up-fb = 做得对！不让您告诉家人，正是骗子的手段。挂断以后，和家人说一说。
safety-collectibles-rp-4-ask = 问他：为什么不能让我儿女知道？
safety-collectibles-rp-4-ask-fb = 问得好。正经买卖，不怕家人知道。不让说，就是骗局。
safety-collectibles-rp-4-go-along = 好，我先不告诉他们。
safety-collectibles-rp-4-go-along-fb = 不让告诉家人，就是怕有人提醒您。这时候最该挂断，告诉家人。

safety-collectibles-q-1 = 电话里说：“这套纪念币三年涨十倍，我们保证高价回购。”这是真的吗？
safety-collectibles-q-1-a-1 = 是真的，有合同保证
safety-collectibles-q-1-a-1-feedback = 合同也是骗子写的。公司一跑，合同就没用了。说保证高价回购的，都是骗局。
safety-collectibles-q-1-a-2 = 是骗局，买了没人收
safety-collectibles-q-1-a-2-feedback = 答对了！说保证高价回购的，买了就找不到人了。
safety-collectibles-q-1-a-3 = 先买一套试试，真涨了再多买
safety-collectibles-q-1-a-3-feedback = 一套也别买。这些东西多半是镀金的，不值钱，买了也没人收。挂断电话，告诉家人。

safety-collectibles-p2 = 您在短视频里看到有人卖金币，点进了这个商品页面。您怎么做？
safety-collectibles-p2-shop = 藏宝阁收藏馆
safety-collectibles-p2-name = 生肖纪念金币珍藏套装 限量发行
safety-collectibles-p2-price = ¥9,800
safety-collectibles-p2-price-speech = 一套九千八百元。
safety-collectibles-p2-promise = 三年升值十倍！签约保证高价回购，稳赚不赔！
safety-collectibles-p2-material = 材质：铜镀金　每枚约30克
safety-collectibles-p2-service = 客服
safety-collectibles-p2-buy = 立即购买
safety-collectibles-p2-back-fb = 做得对！写着“保证高价回购、稳赚不赔”的，都是骗局。离开就好，不买。
safety-collectibles-p2-home-fb = 做得对！离开这个页面就好。看看小字：是铜镀金的，不值九千八百元。
safety-collectibles-p2-report-fb = 做得对！举报以后，购物APP会去查这个店，别人也少上当。
safety-collectibles-p2-buy-fb = 先别买。看看小字：材质是铜镀金，不是真金。买了以后，说好的回购也没人管。按返回键离开就好。
safety-collectibles-p2-service-fb = 客服只会说得更好听。说保证高价回购的，都不能信。按返回键离开，或者点举报。
safety-collectibles-p2-family-fb = 很好！问问家人最稳妥。保证高价回购的收藏品，不买。

safety-collectibles-explain-3 = 还有一种骗法。对方说：“您家的老字画、老瓷器很值钱，我们帮您拍卖。”接着要您先交鉴定费、拍卖费。交了一笔，还有下一笔，东西却一直卖不出去。陌生人说您的东西值大钱，又要您先交钱，就是骗局。

safety-collectibles-p3 = 您在短视频里看到“免费鉴宝”，把家里一幅老字画的照片发了过去。对方回了这些话。您怎么回？
safety-collectibles-p3-title = 鉴宝 张经理
safety-collectibles-p3-m1 = 恭喜您！专家看过了，您这幅字画是真品，估价八十万元。
safety-collectibles-p3-m2 = 下个月就能上拍卖会。上拍前要交鉴定费和拍卖服务费，一共三千八百元。
safety-collectibles-p3-m3 = 名额有限，今天交钱，今天就给您排上。
safety-collectibles-p3-pay = 好，我现在转三千八百元
safety-collectibles-p3-deduct = 这钱能从卖画的钱里扣吗？
safety-collectibles-p3-refuse = 我不交钱，不拍了
safety-collectibles-p3-refuse-fb = 做得对！说您的东西值大钱，又要您先交钱的，就是骗局。不交钱，不再理他。
safety-collectibles-p3-pay-fb = 请别转。交了这笔，还会有保管费、保证金，一笔接一笔，画却永远卖不出去。回他“我不交钱”，再告诉家人。
safety-collectibles-p3-deduct-fb = 问得好。可他多半会说不行，一定要先交。要先交钱的拍卖，就是骗局。回他“我不交钱，不拍了”。
safety-collectibles-p3-family-fb = 很好！和家人商量最稳妥。要先交钱才给拍卖的，都是骗局。
safety-collectibles-p3-volunteer-fb = 很好！问问志愿者。要先交鉴定费、拍卖费的，都是骗局，一分钱也别交。

safety-collectibles-explain-4 = 真的纪念币，是中国人民银行发行的。面额多少，就用多少钱换：十元一枚，就付十元。先预约：在自己银行的APP里搜索“纪念币”，或者去柜台问。到日子，带上本人身份证，去银行柜台换。银行不会打电话推销，也不会说保证回购。

safety-collectibles-q-2 = 您喜欢纪念币，想换几枚留着。去哪里换才放心？
safety-collectibles-q-2-a-1 = 电视购物里卖的限量纪念币
safety-collectibles-q-2-a-1-feedback = 电视购物里的“限量纪念币”，多半是镀金的纪念章，不是国家发的纪念币。真的纪念币，去银行按面额换。
safety-collectibles-q-2-a-2 = 打电话来推荐的收藏公司
safety-collectibles-q-2-a-2-feedback = 打电话来推销的，多半是骗子。真的纪念币，要去自己的银行，按面额换。
safety-collectibles-q-2-a-3 = 自己的银行，按面额预约兑换
safety-collectibles-q-2-a-3-feedback = 答对了！真的纪念币在银行按面额换。十元的纪念币，就用十元换。

safety-collectibles-p4 = 您打开自己银行的APP，首页上有一条通知。您怎么做？
safety-collectibles-p4-title = 福满银行
safety-collectibles-p4-label = 活期余额
safety-collectibles-p4-balance = ¥8,650.00
safety-collectibles-p4-balance-speech = 八千六百五十元。
safety-collectibles-p4-notice = 新一期贺岁纪念币开始预约。每枚面额10元，按面额兑换，每人最多预约20枚。预约成功后，请带本人身份证到网点柜台兑换。
safety-collectibles-p4-notice-speech = 新一期贺岁纪念币开始预约。每枚面额十元，按面额兑换，每人最多预约二十枚。预约成功后，请带本人身份证到网点柜台兑换。
safety-collectibles-p4-book = 预约兑换
safety-collectibles-p4-book-fb = 做得对！这是您自己银行APP里的通知。十元换十元，不多收钱，也不说保证回购。预约好了，带身份证去柜台换。
safety-collectibles-p4-family-fb = 很好！和家人一起看看。这是银行自己的通知，按面额换，可以放心预约。
safety-collectibles-p4-back-fb = 不想换也没关系。不过这条通知是真的：在自己银行的APP里，按面额换，不多收一分钱。想换，就放心预约。
safety-collectibles-p4-home-fb = 不想换也没关系。这条通知是您自己银行发的，是真的。想换纪念币，就点预约，再带身份证去柜台。

safety-collectibles-explain-5 = 已经买了，也别慌，别怪自己。对方再说“回购要先交手续费、会员费”，一分钱也别再交。合同、收据、聊天记录都留好。打110报警，或者打96110问一问，再告诉家人。
