# 课程：扫码付钱，先看名字和金额（学用手机）
phone-scan-to-pay-title = 扫码付钱，先看名字和金额
phone-scan-to-pay-remember = 名字对、金额对，再付钱。扫码只会付钱，不会收钱。

phone-scan-to-pay-explain-1 = 在店里可以扫店家的二维码付钱。打开微信，点右上角的加号，点“扫一扫”，对准店家的码。
phone-scan-to-pay-explain-2 = 扫完，手机上会出现收款的名字。金额要您自己输入。先看名字对不对，再输入金额，最后点付款。
phone-scan-to-pay-explain-3 = 记住：扫码只会付钱，不会收钱。谁说“扫码领钱”“扫码退款”，都是骗子。

phone-scan-to-pay-p1 = 您在幸福水果店买了苹果，一共十二块五。名字是对的，请输入金额，再点付款。
phone-scan-to-pay-p1-title = 付款
phone-scan-to-pay-p1-payee = 幸福水果店
phone-scan-to-pay-p1-payee-sub = 个人收款码
phone-scan-to-pay-p1-amount = 金额（元）
phone-scan-to-pay-p1-pay-fb = 付好了！您先看了名字，再输对了金额，做得很仔细。
phone-scan-to-pay-p1-wrong = 金额不对。一共十二块五，请按一、二、点、五。按删除可以改。
phone-scan-to-pay-p1-empty = 先用下面的数字键输入金额，再点付款。

phone-scan-to-pay-p2 = 您在幸福水果店买水果，扫了柜台上的码。看看屏幕，您怎么做？
phone-scan-to-pay-p2-payee = 李记日杂店
phone-scan-to-pay-p2-payee-sub = 个人收款码
phone-scan-to-pay-p2-cancel-fb = 做得对！收款的名字和这家店对不上，可能是有人把自己的码贴在了店家的码上。先别付，当面问店家。
phone-scan-to-pay-p2-pay-fb = 先别付。收款的是李记日杂店，不是您买东西的幸福水果店，钱可能付给了别人。点取消，问问店家。
phone-scan-to-pay-p2-ask-fb = 很好！名字对不上，就先问问人。也要请店家看看柜台上的码是不是被换了。

phone-scan-to-pay-q-1 = 有人说：“扫一下这个码，就能领到退款。”这是真的吗？
phone-scan-to-pay-q-1-a-1 = 是真的，扫了就有钱
phone-scan-to-pay-q-1-a-1-feedback = 不是真的。扫码只会付钱，不会收钱。说扫码领钱的，都是骗子。
phone-scan-to-pay-q-1-a-2 = 是骗局，扫码只会付钱
phone-scan-to-pay-q-1-a-2-feedback = 答对了！扫码只会付钱，不会收钱。
phone-scan-to-pay-q-1-a-3 = 先扫一下看看，不付钱就行
phone-scan-to-pay-q-1-a-3-feedback = 别扫。这种码会让您付钱，或者骗您输入密码。说扫码领钱的，都是骗子。
