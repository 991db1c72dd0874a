# 课程：二维码陷阱（防范诈骗）
safety-qr-traps-title = 二维码陷阱
safety-qr-traps-remember = 扫码只会付钱，不会收钱。说扫码领钱、扫码退款的，都是骗子。

safety-qr-traps-explain-1 = 二维码到处都有。用手机扫一扫，只会有两种结果：一是付钱给对方，二是打开一个网页。扫码，不会让钱进到您的手机里。
safety-qr-traps-explain-2 = 骗子会在二维码上做手脚。有人把自己的码，贴在店家的码上面。您一扫，钱就付给了他。还有人往车窗上夹一张假罚单，上面印着二维码，让您扫码交罚款。
safety-qr-traps-explain-3 = 骗子还常这样说：“扫码领鸡蛋”“扫码领退款”。扫了以后，会让您填银行卡、输密码，或者拉您进群，先给点小甜头，再慢慢骗钱。还有人说：“让我扫一下您的付款码，我把钱打给您。”付款码被人一扫，扣的是您的钱。

safety-qr-traps-scan = 扫一扫
safety-qr-traps-photo = 拍照

safety-qr-traps-p1 = 您在小区门口，看到墙上贴着这张海报。您拿着手机。您怎么做？
safety-qr-traps-p1-heading = 扫码免费领鸡蛋！
safety-qr-traps-p1-body = 价值一百元的土鸡蛋，扫一扫，就送到家。
safety-qr-traps-p1-hurry = 只限今天，先到先得！
safety-qr-traps-p1-code = 扫码领取
safety-qr-traps-p1-phone = 咨询电话 010-0000-0600
safety-qr-traps-p1-scan-fb = 先别扫。扫码不会送您鸡蛋。扫了以后，会让您填电话、填银行卡，或者拉您进群，再慢慢骗钱。按返回键，走开就好。
safety-qr-traps-p1-photo-fb = 拍下来给家人看看，可以。不过这个码不用扫，扫码只会付钱，不会送东西。按返回键，走开就好。
safety-qr-traps-p1-back-fb = 做得对！扫码只会付钱，不会送鸡蛋。不扫，走开就好。
safety-qr-traps-p1-home-fb = 做得对！离开就好。天上不会掉鸡蛋，扫码只会付钱。
safety-qr-traps-p1-family-fb = 很好！问问家人最稳妥。说扫码领鸡蛋的码，不用扫。
safety-qr-traps-p1-volunteer-fb = 很好！问问志愿者。说扫码领鸡蛋的码，不扫就对了。

safety-qr-traps-q-1 = 海报上写着：“扫码领一百元红包。”扫了码，钱会到您的微信里吗？
safety-qr-traps-q-1-a-1 = 会，扫了就到账
safety-qr-traps-q-1-a-1-feedback = 不会的。扫码只会付钱，或者打开一个网页。说扫码领钱的，都是骗子。这个码不扫。
safety-qr-traps-q-1-a-2 = 不会，扫码只会付钱，或者打开网页
safety-qr-traps-q-1-a-2-feedback = 答对了！扫码只会付钱，不会收钱。说扫码领红包的，就是骗子。
safety-qr-traps-q-1-a-3 = 先扫一下看看，不付钱就没事
safety-qr-traps-q-1-a-3-feedback = 最好别扫。扫了会打开骗子的网页，让您填银行卡、输密码，或者装一个软件。不扫，最安全。

safety-qr-traps-explain-4 = 真的退款，不用扫任何码。退货以后，钱会自己回到您原来付钱的地方。打开购物APP，点“我的订单”，就能看到退款。谁说要扫码退款，或者要您的付款码来退款，都是骗子。在《说要退款的“客服”》这一课里还会细讲。

safety-qr-traps-p2 = 一个不认识的人，在微信上给您发来几条消息。您怎么做？
safety-qr-traps-p2-title = 优品商城售后
safety-qr-traps-p2-notice = 对方不是您的好友，请注意钱财安全
safety-qr-traps-p2-m1 = 您好，我是优品商城的售后客服。您买的电热水壶有质量问题，我们给您退八十八元。
safety-qr-traps-p2-m2 = 请打开微信的付款码，点一下，把码下面那串数字发给我。我把退款打到您的码上。
safety-qr-traps-p2-m3 = 今天不办，退款就作废了，快一点哦。
safety-qr-traps-p2-digits = 好，我把那串数字发给你
safety-qr-traps-p2-shot = 数字我看不清，把付款码截图发给你
safety-qr-traps-p2-refuse = 付款码不给人，退款我自己在订单里看
safety-qr-traps-p2-refuse-fb = 做得对！真的退款，会自己回到您付钱的地方，用不着付款码。要您付款码的，就是想扣您的钱。还可以把他拉黑。
safety-qr-traps-p2-block-fb = 做得对！拉黑了，他就没法再找您。退款的事，自己打开购物APP，看看订单就行。
safety-qr-traps-p2-report-fb = 很好！举报了，微信会去查他。付款码谁要都不给，也可以把他拉黑。
safety-qr-traps-p2-digits-fb = 请别发。这串数字就是您的付款码，有了它，别人就能扣您的钱。退款用不着它。回绝他，把他拉黑，自己打开购物APP看订单。
safety-qr-traps-p2-shot-fb = 请别发。付款码的截图发出去，别人就能扣您的钱。退款会自己回到原来付钱的地方。回绝他，把他拉黑就好。
safety-qr-traps-p2-family-fb = 很好！先问问家人。退款用不着付款码，这样的人拉黑就行。
safety-qr-traps-p2-volunteer-fb = 很好！问问志愿者。要您付款码来退款的，都是骗子，拉黑就行。

safety-qr-traps-q-2 = 您在网上买的东西退货了。退款怎么回到您这里？
safety-qr-traps-q-2-a-1 = 钱会自己退回原来付钱的地方，在订单里能看到
safety-qr-traps-q-2-a-1-feedback = 答对了！退款不用您扫码，也不用您的付款码。打开购物APP，看看订单就知道。
safety-qr-traps-q-2-a-2 = 客服发来一个码，扫一下就能领
safety-qr-traps-q-2-a-2-feedback = 别扫。扫码只会付钱，不会收钱。真的退款，会自己回到原来付钱的地方。
safety-qr-traps-q-2-a-3 = 把付款码下面的数字告诉客服，他把钱打进来
safety-qr-traps-q-2-a-3-feedback = 请别告诉他。那串数字就是付款码，有了它就能扣您的钱。退款会自己回来，在订单里就能看到。

safety-qr-traps-explain-5 = 扫码以后，手机上会出现付钱的页面。先别急着点付款，看一看收钱的名字。交罚款、交水电费，收钱的不会是一个人的名字。名字不对，就点取消，不付钱。

safety-qr-traps-p3 = 您的车窗上夹着一张罚单，说您乱停车，让您扫码交罚款。您扫了码，手机上出现了这个页面。您怎么做？
safety-qr-traps-p3-title = 付款
safety-qr-traps-p3-payee = 王建军
safety-qr-traps-p3-note = 停车罚款
safety-qr-traps-p3-amount = ¥200.00
safety-qr-traps-p3-amount-speech = 二百元
safety-qr-traps-p3-cancel-fb = 做得对！收钱的是王建军，是一个人的名字。交罚款，不会交给个人。这张罚单多半是假的。拿着它去交警队问问，或者打96110问一问。
safety-qr-traps-p3-back-fb = 做得对！离开这个页面，钱就不会付出去。罚款不会交给个人。拿着罚单去交警队问问就好。
safety-qr-traps-p3-pay-fb = 先别付。收钱的是王建军，是一个人的名字。真的罚款，不会交到个人手里。点取消，拿着罚单去交警队问问。
safety-qr-traps-p3-family-fb = 很好！问问家人。收钱的是个人，这张罚单多半是假的，不用付。
safety-qr-traps-p3-volunteer-fb = 很好！问问志愿者。交罚款不会付给个人，这个不付。

safety-qr-traps-explain-6 = 不是所有的码都有问题。店里柜台上，店家自己的码，可以放心扫。扫了以后，先看名字：是这家店，就自己输入金额，对了再付钱。名字对不上，就当面问问店家。

safety-qr-traps-p4 = 您在幸福面馆吃了一碗牛肉面，十八元。您扫了柜台上店家的码，手机上出现了这个页面。您怎么做？
safety-qr-traps-p4-payee = 幸福面馆
safety-qr-traps-p4-amount = 金额（元）
safety-qr-traps-p4-pay-fb = 付好了！名字是这家店，金额也对，可以放心付。付完，给店家看一眼就行。
safety-qr-traps-p4-wrong = 金额不对。一碗面十八元，请按一、八。按删除可以改。
safety-qr-traps-p4-empty = 名字是幸福面馆，对得上。先用数字键输入十八，再点付款。
safety-qr-traps-p4-cancel-fb = 这个码没问题。名字就是幸福面馆，是您吃面的这家店。输入十八，再点付款就好。
safety-qr-traps-p4-back-fb = 这个码是店家自己的，名字也对得上，可以放心付。输入十八，再点付款。
safety-qr-traps-p4-family-fb = 问问家人也好。名字是幸福面馆，对得上，金额十八元也对。输入十八，再点付款就行。
safety-qr-traps-p4-volunteer-fb = 问问志愿者也好。店家自己的码，名字对得上，可以放心付。输入十八，再点付款。

safety-qr-traps-q-3 = 车窗上夹着一张罚单，上面有二维码，还有一个电话。您怎么办？
safety-qr-traps-q-3-a-1 = 扫码把罚款交了，省事
safety-qr-traps-q-3-a-1-feedback = 先别扫。这张罚单可能是假的，钱会付给骗子。拿着罚单去交警队问问，或者打96110问一问。
safety-qr-traps-q-3-a-2 = 打罚单上的电话问问
safety-qr-traps-q-3-a-2-feedback = 罚单上的电话，可能就是骗子的。要问，就拿着罚单去交警队，或者打96110。
safety-qr-traps-q-3-a-3 = 不扫码，拿着罚单去交警队问
safety-qr-traps-q-3-a-3-feedback = 答对了！罚单是真是假，交警队一查就知道。是假的，就打110报警。

safety-qr-traps-explain-7 = 万一已经扫了码、付了钱，别害怕，也别不好意思。马上告诉家人。被骗了钱，就打110报警。拿不准是不是骗局，就打96110问一问。
