# 课程：孙辈游戏买卖、“退费”（防范诈骗）
safety-game-trade-title = 孙辈游戏买卖、“退费”
safety-game-trade-remember = 游戏的钱，只在游戏自己的商店和客服里办。要您先交钱才退费的，都是骗子。

safety-game-trade-explain-1 = 孙子孙女常拿爷爷奶奶的手机玩游戏。骗子知道这一点，专门在游戏里找孩子。他们常说：“免费送皮肤”“便宜卖游戏账号、装备”。皮肤，就是游戏里人物的衣服和样子。
safety-game-trade-explain-2 = 孩子心动了，骗子就让孩子拿您的手机付钱：私下转账，扫他的码，或者打开屏幕共享。还会叮嘱孩子：“别告诉家里大人。”钱一转走，人就不见了。

safety-game-trade-p1 = 孙子用您的微信加了一个“游戏福利官”，说人家要送他免费皮肤。看看这些话。送东西还要您付钱，就是骗局。请点“免费的还要钱？不领了”这一句。
safety-game-trade-p1-title = 游戏福利官
safety-game-trade-p1-m1 = 恭喜你！抽中限定皮肤一套，免费送你！
safety-game-trade-p1-m2 = 领皮肤前，要验证家长同意。请用家长的手机扫下面的码，付一元钱验证。
safety-game-trade-p1-m3 = 一元钱验证完马上退回。快点哦，名额只剩三个了。
safety-game-trade-p1-code = 扫码领取皮肤
safety-game-trade-p1-scan = 好，我扫码付一元
safety-game-trade-p1-share = 我不会弄，打开屏幕共享，你帮我
safety-game-trade-p1-refuse = 免费的还要钱？不领了
safety-game-trade-p1-refuse-fb = 做得对！说是免费，又要您付钱，就是骗局。您还可以把他删掉，再跟孩子说说这件事。
safety-game-trade-p1-scan-fb = 先别扫。一元钱只是开头。接着他会说“您操作错了，账户冻住了”，让您付更多的钱。回他“不领了”就好。
safety-game-trade-p1-share-fb = 屏幕别共享。一共享，他就能看到您的密码和银行卡。回他“不领了”就好。
safety-game-trade-p1-back-fb = 离开也好。不扫码，不付钱，就不会上当。
safety-game-trade-p1-family-fb = 很好！问问家人最稳妥。送皮肤还要付钱的，都是骗局。

safety-game-trade-p2 = 孙子想买一个游戏账号，让您用手机帮他付钱。卖家发来这些话。您怎么回？
safety-game-trade-p2-title = 游戏好友 阿龙
safety-game-trade-p2-m1 = 满级账号，稀有皮肤全都有。原价三千多，现在只卖两百八十元。
safety-game-trade-p2-m2 = 在游戏里交易要扣手续费。咱们私下来，你直接微信转给我。
safety-game-trade-p2-m3 = 钱到了，我马上把账号密码发你。别让你家大人知道啊。
safety-game-trade-p2-pay = 好，我现在就转给你
safety-game-trade-p2-deposit = 先转一百元定金，你发了账号我再付剩下的
safety-game-trade-p2-refuse = 不私下买卖，游戏里的东西只在游戏里买
safety-game-trade-p2-refuse-fb = 做得对！私下买账号，钱转过去，对方常常拉黑不见。就算给了账号，他也能再把账号找回去。
safety-game-trade-p2-pay-fb = 先别转。离开游戏私下转钱，出了事没人帮您追回。他还不让告诉大人，更可疑。回他“不私下买卖”就好。
safety-game-trade-p2-deposit-fb = 定金也别转。骗子收了定金，还会找理由再要钱，或者直接拉黑您。游戏里的东西，只在游戏里买。
safety-game-trade-p2-back-fb = 离开也好。不转钱，就不会被骗。再跟孩子说说：私下买账号不安全。
safety-game-trade-p2-family-fb = 很好！和家人商量一下。私下转钱买游戏账号，很容易被骗。

safety-game-trade-q-1 = 卖家说：“在游戏里买账号要手续费，私下转账更便宜。”您怎么办？
safety-game-trade-q-1-a-1 = 能省钱，私下转账划算
safety-game-trade-q-1-a-1-feedback = 省下一点手续费，可能赔掉全部的钱。私下转账，游戏公司管不了。请只在游戏里买。
safety-game-trade-q-1-a-2 = 不私下转账，游戏里的东西只在游戏里买
safety-game-trade-q-1-a-2-feedback = 答对了！在游戏自己的商店里买，出了事还能找游戏的客服。
safety-game-trade-q-1-a-3 = 先转一点试试，看他给不给账号
safety-game-trade-q-1-a-3-feedback = 一点也别转。骗子收了第一笔，还会编理由再要。只在游戏里买，才稳妥。

safety-game-trade-explain-3 = 还有一种骗局，叫“未成年人退费”。对方打电话或者加微信，说：“您孙子在游戏里花的钱，我们帮您全退回来。”接着让您扫码交“验证金”，或者共享屏幕。要退钱给您，却先让您交钱，一定是骗子。扫码只会付钱，不会收钱，在《二维码陷阱》这一课里还会细讲。

safety-game-trade-p3 = 有人加了您的微信，说能退孙子在游戏里花的钱，让您扫码“验证”一下。您扫了他发来的码，手机上出现这个页面。您怎么做？
safety-game-trade-p3-title = 付款
safety-game-trade-p3-payee = 游戏退费中心
safety-game-trade-p3-payee-sub = 个人收款码
safety-game-trade-p3-amount = ¥800.00
safety-game-trade-p3-amount-speech = 八百元。
safety-game-trade-p3-note = 备注：未成年退费验证金，验证后全额退回
safety-game-trade-p3-cancel-fb = 做得对！退钱给您，不用您付钱。这个页面是要您付八百元，收钱的还是个人。取消以后，把他删掉，自己打开游戏找客服问。
safety-game-trade-p3-pay-fb = 先别付。退费从来不要验证金。付了八百，他还会再要。点取消，打96110问一问，再告诉家人。
safety-game-trade-p3-back-fb = 做得对！离开这个页面，钱就不会付出去。真要退费，自己打开游戏找客服。
safety-game-trade-p3-family-fb = 很好！问问家人最稳妥。要退钱却先让您交钱，一定是骗子。这个码别付。
safety-game-trade-p3-volunteer-fb = 很好！问问志愿者。退费不用交钱，这个码别付。

safety-game-trade-q-2 = “退费客服”说：“先交八百元验证金，验证完全额退回。”这是真的吗？
safety-game-trade-q-2-a-1 = 是真的，交了就能退
safety-game-trade-q-2-a-1-feedback = 不是真的。真退费，从来不要您先交钱。交了验证金，他还会再要别的钱。
safety-game-trade-q-2-a-2 = 是骗局，要退钱先交钱的都是骗子
safety-game-trade-q-2-a-2-feedback = 答对了！真退费不用交钱，不用扫码，也不用共享屏幕。
safety-game-trade-q-2-a-3 = 先交一半，看他退不退
safety-game-trade-q-2-a-3-feedback = 一半也别交。钱付出去，很难追回来。请自己打开游戏，找游戏的客服问。

safety-game-trade-explain-4 = 孩子真在游戏里花了钱，想退回来，这样办：打开游戏，找“客服”，在那里申请。各个游戏不太一样，一般在设置里能找到。也可以打12315投诉。真的退款，会原路退回。不用交钱，不用扫码，也不用共享屏幕。

safety-game-trade-q-3 = 孙子在游戏里花了不少钱，您想申请退回来。该找谁？
safety-game-trade-q-3-a-1 = 在游戏的设置里找客服申请，或者打12315
safety-game-trade-q-3-a-1-feedback = 答对了！找游戏自己的客服，或者打12315投诉。退的钱会原路回来。
safety-game-trade-q-3-a-2 = 在网上搜“游戏退费”，加搜到的客服微信
safety-game-trade-q-3-a-2-feedback = 网上搜到的“退费客服”，很多是骗子。请打开游戏，在设置里找客服；或者打12315。
safety-game-trade-q-3-a-3 = 找打电话来、说能退费的人
safety-game-trade-q-3-a-3-feedback = 自己打来说能退费的，多半是骗子。请自己打开游戏找客服，或者打12315。

safety-game-trade-explain-5 = 孩子用您的手机时，支付密码别告诉孩子。真要给孩子买游戏里的东西，先说好买什么、多少钱。在游戏自己的商店里点购买，付钱前看清收款的名字和金额，密码您自己输。

safety-game-trade-p4 = 孙子想买一套六元的皮肤，您已经同意了。他在游戏自己的商店里点了购买，手机上出现这个页面。您怎么做？
safety-game-trade-p4-title = 微信支付
safety-game-trade-p4-payee = 星河游戏
safety-game-trade-p4-item = 商品：皮肤“小火龙”
safety-game-trade-p4-amount = ¥6.00
safety-game-trade-p4-amount-speech = 六元。
safety-game-trade-p4-pay-fb = 做得对！这是游戏自己的商店，收钱的是游戏公司，金额也是您同意的六元。接下来的密码，您自己输，别让孩子看到。
safety-game-trade-p4-cancel-fb = 不想买，取消也可以。不过这个页面是游戏自己的，名字和金额都对，是您同意的六元，在这里付钱是放心的。
safety-game-trade-p4-back-fb = 离开也可以。不过这个页面是游戏自己的，名字和金额都对，是您同意的六元，在这里付钱是放心的。
safety-game-trade-p4-family-fb = 很好！和家人再看一看。这是游戏自己的付款页面，名字和金额都对，可以放心付。

safety-game-trade-explain-6 = 已经被骗了，别慌，也别怪孩子。马上停手，一分钱也别再转。打110报警，或者打96110问一问。聊天记录、付款记录都留着，再告诉家人。
