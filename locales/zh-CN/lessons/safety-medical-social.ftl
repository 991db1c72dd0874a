# 课程：医保卡“异常”、代办社保
safety-medical-social-title = 医保卡“异常”、代办社保
safety-medical-social-remember = 医保社保的事，自己去窗口问，或者在官方APP上查。

safety-medical-social-explain-1 = 有的骗子打电话，说自己是医保局的。他说您的医保卡在外地乱花了钱，马上就要冻结。
safety-medical-social-explain-2 = 接着，他说要把电话转给“警察”。“警察”说您犯了事，让您把钱转过去“查一查”。这两个人是一伙的。
safety-medical-social-explain-3 = 医保局不会打电话说要冻结您的医保卡，也不会把电话转给警察。真警察不会让您转账。

safety-medical-social-p1 = 电话响了，屏幕上写着疑似诈骗。这样的电话可以不接，点红色的拒接键。
safety-medical-social-p1-caller = 未知号码
safety-medical-social-p1-tag = 疑似诈骗
safety-medical-social-p1-decline-fb = 做得对！手机提醒了是疑似诈骗，不接就好。真有医保的事，您去窗口一问就知道。
safety-medical-social-p1-answer-fb = 手机提醒了是疑似诈骗，最好不接。接了也别怕，一听说医保卡要冻结，就挂断。
safety-medical-social-p1-family-fb = 问问家人很好。这个电话标着疑似诈骗，先点红色的拒接键，不接就行。

safety-medical-social-rp-intro = 骗子的电话，手机不一定都能认出来。现在练习接这样一个电话。对方说一句，您就选怎么做。不着急，慢慢选。
safety-medical-social-rp-caller = 自称：市医保局
safety-medical-social-rp-debrief = 医保局不会打电话说冻结医保卡，更不会把电话转给警察。警察也不会让您转账。接到这种电话就挂断。医保卡的事，去医保窗口问。想找警察，自己打110。再告诉家人。

safety-medical-social-rp-1 = 您好，这里是市医保局。您的医保卡昨天在外地买了八千多元的药，是您本人买的吗？
safety-medical-social-rp-1-phrase = 这里是市医保局
safety-medical-social-rp-1-hang-up = 挂断电话，自己去医保窗口问
safety-medical-social-rp-1-hang-up-fb = 做得对！医保局不会这样打电话。医保卡有没有问题，到医保窗口一问就清楚。
safety-medical-social-rp-1-ask = 问他：我明天带上医保卡，去窗口当面问，行吗？
safety-medical-social-rp-1-ask-fb = 问得好。真有事，去窗口就能办。听听他怎么说。
safety-medical-social-rp-1-go-along = 我没去外地呀，这可怎么办？
safety-medical-social-rp-1-go-along-fb = 别着急。您没去外地，他却这么说，这就很可能是骗子。您随时可以挂断。

safety-medical-social-rp-2 = 不用来窗口。您的卡被人用来骗医保的钱，今天就要冻结。冻结了，以后看病一分钱都不能报。
safety-medical-social-rp-2-phrase = 今天就要冻结
safety-medical-social-rp-2-hang-up = 挂断电话，不听他吓唬
safety-medical-social-rp-2-hang-up-fb = 做得对！他在吓唬您。医保卡不会因为一个电话就冻结。挂断后去医保窗口问，或者打12345问。
safety-medical-social-rp-2-ask = 问他：为什么不让我去窗口？
safety-medical-social-rp-2-ask-fb = 问得好。您看，他不让您去窗口，这就很可疑。
safety-medical-social-rp-2-go-along = 千万别冻结，我听您的。
safety-medical-social-rp-2-go-along-fb = 别害怕，这是骗子在吓唬您。您什么也没做错，可以马上挂断。

safety-medical-social-rp-3 = 这事已经交给公安局了。我现在把电话转给刘警官，您跟他说。
safety-medical-social-rp-3-phrase = 我把电话转给刘警官
safety-medical-social-rp-3-hang-up = 挂断电话，自己打110
safety-medical-social-rp-3-hang-up-fb = 做得对！医保局不会把电话转给警察。想问警察，挂断后自己打110。
safety-medical-social-rp-3-ask = 问他：医保局怎么能把电话转到公安局？
safety-medical-social-rp-3-ask-fb = 问得好。真的医保局不会这样转电话。接电话的“警官”，也是骗子。
safety-medical-social-rp-3-go-along = 好，您转吧，我跟警官说。
safety-medical-social-rp-3-go-along-fb = 先别等。转过去的“警官”和他是一伙的。挂断，自己打110，才能找到真警察。

safety-medical-social-rp-4 = 我是刘警官。要证明您清白，就把存款转到我们的监管账户。查清楚了，钱全部退给您。
safety-medical-social-rp-4-phrase = 把存款转到监管账户
safety-medical-social-rp-4-hang-up = 挂断电话，一分钱也不转
safety-medical-social-rp-4-hang-up-fb = 做得对！警察不会让您转账，也没有什么监管账户。让您转钱的，都是骗子。
safety-medical-social-rp-4-ask = 问他：这个账户是哪个银行的？我去柜台问。
safety-medical-social-rp-4-ask-fb = 问得好，但不用再听了。只要让您转钱，就是骗子，直接挂断吧。
safety-medical-social-rp-4-go-along = 好，我这就去转账。
safety-medical-social-rp-4-go-along-fb = 请千万别转。钱转出去，很难要回来。现在就挂断，打110，告诉家人。

safety-medical-social-explain-4 = 还有一种骗子，说能“代办社保”。交一笔钱，他就帮您补交社保、多领养老金。也有短信说养老金补贴到了，让您点链接领。没有人能收钱帮您多领养老金。真的社保短信，不带链接，也不要钱。

safety-medical-social-p2 = 您收到一条短信。您怎么做？
safety-medical-social-p2-sender = 陌生号码
safety-medical-social-p2-body = 【社保中心】您的养老金补贴已到账，请今天点击下方链接领取，过期作废。
safety-medical-social-p2-link-fb = 这个链接是骗子做的。点开后，它会要您的银行卡号和验证码。看到这种链接，别点，删掉就好。
safety-medical-social-p2-delete-fb = 做得对！这是骗子的短信。开头写着社保中心，谁都能写。真有补贴，会直接发到您的卡上，不用点链接。
safety-medical-social-p2-report-fb = 做得对！举报了，手机以后能帮大家拦住它。链接不点。
safety-medical-social-p2-family-fb = 很好！问问家人，一起看一看。这条短信带链接，还催您今天领，是骗子的。

safety-medical-social-p3 = 有人加了您的微信，发来这些话。您怎么回？
safety-medical-social-p3-title = 社保代办 李经理
safety-medical-social-p3-m1 = 阿姨您好！我们有内部关系，能帮您补交社保，以后每月多领一千五百元养老金。
safety-medical-social-p3-m2 = 先交三千八百元手续费，名额不多，今天就得定。
safety-medical-social-p3-pay = 好，我把钱转给你
safety-medical-social-p3-id = 我先把身份证照片发给你
safety-medical-social-p3-window = 不用了，我自己去社保窗口问
safety-medical-social-p3-window-fb = 做得对！补交社保，只能去社保窗口办。没有什么内部关系，交钱也多领不了养老金。
safety-medical-social-p3-pay-fb = 先别转钱。没有人能收钱帮您多领养老金，钱转过去就找不到人了。去社保窗口问，或者打12333。
safety-medical-social-p3-id-fb = 身份证照片别发给陌生人，骗子会拿去办坏事。社保的事，去社保窗口问。
safety-medical-social-p3-family-fb = 很好！先问问家人，最稳妥。这个人要您先交钱，是骗子。

safety-medical-social-p4 = 又来了一条短信。看看是谁发的，说了什么。您怎么做？
safety-medical-social-p4-sender = 12333
safety-medical-social-p4-body = 【社保提醒】您今年的养老金领取资格认证还没有办。请在掌上12333APP里刷脸办理，或者带身份证到社保窗口办理。认证不收费。有疑问请拨打
safety-medical-social-p4-call-fb = 做得对！12333是社保的电话，这条是真的提醒。它没有链接，也不要钱。打12333问问，或者在掌上12333里刷脸办好。
safety-medical-social-p4-family-fb = 很好！这条短信是真的。让家人帮您在掌上12333里刷脸认证，或者一起去社保窗口办。
safety-medical-social-p4-delete-fb = 这条短信是真的，是12333发的提醒，不用删。它没有链接，也不要钱。记得去掌上12333或者社保窗口，把认证办了。
safety-medical-social-p4-report-fb = 12333是社保的电话，这条是真的提醒，不用举报。它只让您去官方APP或者窗口办，没有链接，也不要钱。

safety-medical-social-q-1 = 电话里的人说：“您的医保卡有异常，我把电话转给警察。”这是真的吗？
safety-medical-social-q-1-a-1 = 是真的，听警察的安排
safety-medical-social-q-1-a-1-feedback = 医保局不会把电话转给警察，这是骗子的老办法。挂断，去医保窗口问，想找警察就自己打110。
safety-medical-social-q-1-a-2 = 是骗局，挂断，自己去医保窗口问
safety-medical-social-q-1-a-2-feedback = 答对了！医保卡的事，去医保窗口问，或者在国家医保服务平台APP上查。
safety-medical-social-q-1-a-3 = 先把身份证号告诉他，让他查一查
safety-medical-social-q-1-a-3-feedback = 身份证号别告诉陌生人。这是骗子，直接挂断，自己去医保窗口问。

safety-medical-social-q-2 = 有人说：“交两千元，我帮您多领养老金。”您怎么办？
safety-medical-social-q-2-a-1 = 交钱，多领的钱很快就回来了
safety-medical-social-q-2-a-1-feedback = 先别交。没有人能收钱帮您多领养老金，交了钱，人就不见了。去社保窗口问，或者打12333。
safety-medical-social-q-2-a-2 = 先交一半，看看有没有用
safety-medical-social-q-2-a-2-feedback = 一半也别交，钱交出去很难要回来。这是骗子。去社保窗口问，或者打12333。
safety-medical-social-q-2-a-3 = 不交钱，自己去社保窗口问，或者打12333
safety-medical-social-q-2-a-3-feedback = 答对了！养老金的事，只在社保窗口、掌上12333APP，或者打12333问。

safety-medical-social-explain-5 = 有疑问，就自己去问。医保的事，去医保窗口，或者用国家医保服务平台APP。社保和养老金的事，去社保窗口，用掌上12333APP，或者打12333。不放心，就先告诉家人。
