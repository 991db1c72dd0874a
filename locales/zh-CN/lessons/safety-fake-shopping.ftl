# 课程：低价商品、私下转账（防范诈骗）
safety-fake-shopping-title = 低价商品、私下转账
safety-fake-shopping-remember = 买东西，只在购物APP里下单付钱。要您私下转账的，不买。

safety-fake-shopping-explain-1 = 网上买东西被骗，是很常见的骗局。公安部说，2023年它排在第三位。骗子先用便宜货钓人：名酒、金条、新手机，只要半价。这些东西常出现在短视频里、微信群里和二手网站上。
safety-fake-shopping-explain-2 = 看您心动了，卖家就说：“加我微信，直接转账给我，更便宜，还不收手续费。”有的发来一个二维码，有的发来一个链接。钱一转出去，他就把您拉黑，人也找不到了。
safety-fake-shopping-explain-3 = 在购物APP里付钱，钱先由APP替您保管。您收到货，点了确认收货，钱才给卖家。没收到货，可以在订单里申请退款。离开APP付钱，APP就管不了，也帮不了您。

safety-fake-shopping-shop-name = 优品商城
safety-fake-shopping-contact = 联系卖家

safety-fake-shopping-p1 = 您在购物APP里看到这个商品。太便宜了，卖家还要您加微信。这样的商品，按返回键离开，或者点举报就好。您来试试。
safety-fake-shopping-p1-name = 名牌白酒 53度 整箱6瓶
safety-fake-shopping-p1-price = ¥399
safety-fake-shopping-p1-price-speech = 一整箱，只要三百九十九元。
safety-fake-shopping-p1-was = 专柜价 ¥18,000
safety-fake-shopping-p1-was-speech = 商场里要卖一万八千元。
safety-fake-shopping-p1-seller = 卖家：诚信名酒行
safety-fake-shopping-p1-desc = 厂家内部货，保证正品。拍下不发货！请加微信私聊，转账更便宜，免手续费。
safety-fake-shopping-p1-buy = 立即购买
safety-fake-shopping-p1-back-fb = 做得对！一整箱名酒只卖几百元，不可能是真的。离开就好，不买，也不加微信。
safety-fake-shopping-p1-home-fb = 做得对！离开这个页面就好。便宜得不像真的，多半就是骗局。
safety-fake-shopping-p1-report-fb = 做得对！举报以后，购物APP会去查这个卖家，别人也少上当。
safety-fake-shopping-p1-buy-fb = 先别买。卖家写了“拍下不发货”，就是想让您加微信，私下转账。这么便宜，多半是假的。按返回键离开就好。
safety-fake-shopping-p1-contact-fb = 一问，卖家多半就让您加微信、私下转账。这么便宜的东西，不用问了。按返回键离开，或者点举报。
safety-fake-shopping-p1-family-fb = 很好！问问家人最稳妥。这么便宜的名酒不是真的，按返回键离开就好。

safety-fake-shopping-q-1 = 网上卖的金条、名酒，只要商场价钱的一半。这是怎么回事？
safety-fake-shopping-q-1-a-1 = 运气好，碰上捡漏了
safety-fake-shopping-q-1-a-1-feedback = 这样的好事，很少是真的。便宜得离谱，是骗子钓人的鱼饵。先别买。
safety-fake-shopping-q-1-a-2 = 多半是骗局，太便宜了要当心
safety-fake-shopping-q-1-a-2-feedback = 答对了！便宜得不像真的，多半就是骗局。
safety-fake-shopping-q-1-a-3 = 厂家在清仓，赶紧多买几件
safety-fake-shopping-q-1-a-3-feedback = 先别买。“内部货”“清仓价”，都是骗子爱说的话。要买，去正规的店，在APP里付钱。

safety-fake-shopping-p2 = 您在购物APP里看中一根金条，比金店便宜一半。您问卖家还有没有货，卖家回了这些话。您怎么回？
safety-fake-shopping-p2-seller = 福运黄金店
safety-fake-shopping-p2-item = 足金金条 20克
safety-fake-shopping-p2-item-sub = ¥5,200
safety-fake-shopping-p2-m1 = 亲，有货。在商城里下单，平台要扣不少手续费。
safety-fake-shopping-p2-m2 = 您加我微信，直接转账给我，再便宜两百，今天就发货。
safety-fake-shopping-p2-m3 = 这是我的收款码，您扫一下就能付。
safety-fake-shopping-p2-code = 收款码
safety-fake-shopping-p2-scan = 好，我加微信，扫码转给你
safety-fake-shopping-p2-refuse = 我不私下转账，只在商城里付钱
safety-fake-shopping-p2-deposit = 我先转一千定金，你发了货我再付
safety-fake-shopping-p2-refuse-fb = 做得对！离开商城付钱，商城就保护不了您。这么便宜的金条，多半是骗局，不买也好。
safety-fake-shopping-p2-report-fb = 做得对！要买家私下转账，商城是不许的。举报他，别人也少上当。
safety-fake-shopping-p2-scan-fb = 先别扫。钱私下转给他，商城就管不了。他收了钱，就会把您拉黑。回他“我只在商城里付钱”，也可以点举报。
safety-fake-shopping-p2-deposit-fb = 定金也是私下转账，他收了钱就会不见。要买，只在商城里下单付钱。这么便宜的金条，不买最好。
safety-fake-shopping-p2-back-fb = 离开也好。不加微信，不私下转钱，就不会被骗。
safety-fake-shopping-p2-family-fb = 很好！先问问家人。记住：不离开购物APP付钱。

safety-fake-shopping-q-2 = 卖家说：“加我微信，直接转账，便宜两百，还不收手续费。”您怎么办？
safety-fake-shopping-q-2-a-1 = 加微信转账，能省两百元
safety-fake-shopping-q-2-a-1-feedback = 省下两百，可能赔掉全部的钱。私下转账，购物APP保护不了您。请只在APP里付钱。
safety-fake-shopping-q-2-a-2 = 不加微信，只在购物APP里付钱
safety-fake-shopping-q-2-a-2-feedback = 答对了！在APP里付钱，收到货才给卖家，出了事还能退款。
safety-fake-shopping-q-2-a-3 = 先转一点定金，看他发不发货
safety-fake-shopping-q-2-a-3-feedback = 定金也别转。骗子收了定金，还会要更多，或者直接拉黑您。请只在APP里付钱。

safety-fake-shopping-explain-4 = 钱转出去以后，骗子还会再来要钱。他自称“客服”，说您的订单失败了，钱被冻结了，要先交“解冻费”“保证金”才能退。还会说：“别告诉家人。”这是在骗第二笔钱。真的购物APP，从不让您交这种钱。在《说要退款的“客服”》这一课里还会细讲。

safety-fake-shopping-p3 = 假如您在短视频里看中一部半价手机，加了卖家微信，扫他的码付了一千元。现在对方发来这些话。您怎么做？
safety-fake-shopping-p3-title = 特价手机 小刘
safety-fake-shopping-p3-m1 = 您好，我是售后客服。您的订单付款失败，这笔钱被系统冻结了。
safety-fake-shopping-p3-m2 = 请在三十分钟内交两千元解冻费。解冻以后，和货款一起退给您。
safety-fake-shopping-p3-m3 = 不交的话，钱就退不回来了。先别告诉家人，免得耽误时间。
safety-fake-shopping-p3-pay = 好，我这就交两千元
safety-fake-shopping-p3-half = 我钱不够，先交一千行吗？
safety-fake-shopping-p3-stop = 我不交了，我要打110报警
safety-fake-shopping-p3-stop-fb = 做得对！没有什么解冻费，交了还会有下一笔。打110或96110，留好聊天和转账记录，再告诉家人。
safety-fake-shopping-p3-pay-fb = 请别交。“冻结”是骗子编的，交了两千，他还会再要。一分钱也别再转，打110，告诉家人。
safety-fake-shopping-p3-half-fb = 一半也别交。骗子收了钱，只会再编新的理由。停下来，打110，告诉家人。
safety-fake-shopping-p3-family-fb = 做得对！他不让您告诉家人，正说明他是骗子。和家人一起打110报警。
safety-fake-shopping-p3-volunteer-fb = 很好！问问志愿者。要交解冻费的，都是骗局。一分钱也别再交，打110。

safety-fake-shopping-q-3 = 您已经私下转了钱。“客服”又说，要交解冻费才能退款。您怎么办？
safety-fake-shopping-q-3-a-1 = 再交一次，把前面的钱拿回来
safety-fake-shopping-q-3-a-1-feedback = 这样想很正常，可这正是骗子的办法：让您越交越多。别再交了，打110，告诉家人。
safety-fake-shopping-q-3-a-2 = 不再交钱，打110报警，告诉家人
safety-fake-shopping-q-3-a-2-feedback = 做得对！越早报警越好。聊天记录和转账记录都留着，别删。
safety-fake-shopping-q-3-a-3 = 听他的，先不告诉家人
safety-fake-shopping-q-3-a-3-feedback = 不让告诉家人，正是骗子的手段。请马上告诉家人，一起打110。

safety-fake-shopping-explain-5 = 在购物APP里买东西，一步一步来：挑好东西，点立即购买。看清地址和价钱，点提交订单，再在APP里付钱。收到货，检查好了，再点确认收货。各家APP的按钮名字不太一样，可钱都是在APP里面付。

safety-fake-shopping-p4 = 您和女儿商量好，在优品商城的自营店买一部新手机，价钱和商场里差不多。您点了立即购买，手机上出现了这个页面。您怎么做？
safety-fake-shopping-p4-title = 确认订单
safety-fake-shopping-p4-address = 收货地址
safety-fake-shopping-p4-address-sub = 幸福小区3号楼 王阿姨
safety-fake-shopping-p4-item = 新款手机 黑色
safety-fake-shopping-p4-item-sub = 优品商城自营店
safety-fake-shopping-p4-price = 实付 ¥1,499.00
safety-fake-shopping-p4-price-speech = 实付一千四百九十九元。
safety-fake-shopping-p4-notice = 钱先由商城保管。您确认收货以后，钱才给卖家。
safety-fake-shopping-p4-submit = 提交订单
safety-fake-shopping-p4-submit-fb = 做得对！这是购物APP自己的付款页面，钱先由商城保管。收到手机，检查好了，再点确认收货。
safety-fake-shopping-p4-family-fb = 很好！和家人再看一看。这个页面是购物APP自己的，在这里付钱是对的。
safety-fake-shopping-p4-contact-fb = 在商城里问问卖家，也可以。这个付款页面是商城自己的，问好了，就放心下单。
safety-fake-shopping-p4-back-fb = 不想买了，离开也可以。不过这个页面是购物APP自己的，价钱也正常，在这里付钱是对的。

safety-fake-shopping-explain-6 = 已经被骗了，也别慌，别怪自己。马上停手，一分钱也别再转。打110报警，或者打96110问一问。聊天记录、转账记录都留着，再告诉家人。
