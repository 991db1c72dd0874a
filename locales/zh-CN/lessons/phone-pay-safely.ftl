# 课程：手机支付更安全（学用手机）
phone-pay-safely-title = 手机支付更安全
phone-pay-safely-remember = 支付密码谁都不告诉，付款码只给收银员扫。

phone-pay-safely-explain-1 = 付款码，就是微信“收付款”那一页上的条形码和二维码。它像拿在手里的现金：谁扫了它，就从您这里扣钱。所以，付款码只给收银员扫。
phone-pay-safely-explain-2 = 结账时，收银员说“出示付款码”，就这样打开：打开微信，点右上角的加号，再点“收付款”。用支付宝的，在首页最上面点“收付款”。把屏幕对着收银员的扫码枪，滴一声，就付好了。

phone-pay-safely-p1 = 您在幸福超市结账。收银员拿着扫码枪说：请出示付款码。您已经打开微信，点了右上角的加号。请点收付款。
phone-pay-safely-p1-title = 微信
phone-pay-safely-p1-group = 发起群聊
phone-pay-safely-p1-add = 添加朋友
phone-pay-safely-p1-scan = 扫一扫
phone-pay-safely-p1-pay = 收付款
phone-pay-safely-p1-pay-fb = 对了！付款码打开了。把屏幕对着扫码枪，收银员一扫，就付好了。
phone-pay-safely-p1-scan-fb = 扫一扫，是您去扫店家贴着的码。收银员拿着扫码枪时，要给他看您的付款码。请点收付款。
phone-pay-safely-p1-other-fb = 这一项跟付钱没关系。请点收付款。

phone-pay-safely-explain-3 = 付款码只在收银台打开。排队时先别打开，付完就关掉。不截图，不拍照，不发给任何人。码下面那串数字，也和付款码一样，谁要都不给。在《二维码陷阱》这一课里还会细讲。

phone-pay-safely-p2 = 您在超市排队，提前打开了付款码。后面有人举着手机，镜头对着您的屏幕。您怎么做？
phone-pay-safely-p2-title = 收付款
phone-pay-safely-p2-heading = 向商家付款
phone-pay-safely-p2-caption = 付款码只用于向收银员出示，请勿发给他人
phone-pay-safely-p2-receive = 二维码收款
phone-pay-safely-p2-group = 群收款
phone-pay-safely-p2-bank = 转账到银行卡
phone-pay-safely-p2-back-fb = 做得对！先关掉付款码。付款码被人拍去，就能扣您的钱。到了收银台，再打开给收银员扫。
phone-pay-safely-p2-home-fb = 做得对！回到桌面，付款码就关上了。到了收银台，再打开给收银员扫。
phone-pay-safely-p2-other-fb = 这一项和付钱没关系。现在要紧的是先关掉付款码：按手机下面的返回键。到了收银台，再打开。

phone-pay-safely-p3 = 一个不认识的人发来消息。您怎么做？
phone-pay-safely-p3-title = 幸福超市会员福利
phone-pay-safely-p3-notice = 对方不是您的好友，请注意钱财安全
phone-pay-safely-p3-m1 = 您好！您是我们幸福超市的老会员，这个月送您五十元返现。
phone-pay-safely-p3-m2 = 请把微信付款码截个图发给我，我把钱返到您的码上。
phone-pay-safely-p3-m3 = 今天不领就作废了，快一点哦。
phone-pay-safely-p3-shot = 好，我这就截图发给你
phone-pay-safely-p3-digits = 截图我不会，我把码下面的数字发给你
phone-pay-safely-p3-refuse = 付款码不给别人，我自己去超市问
phone-pay-safely-p3-refuse-fb = 做得对！付款码只给收银员扫。返钱用不着您的付款码，谁要码，谁就是想扣您的钱。还可以把他拉黑。
phone-pay-safely-p3-block-fb = 做得对！把他拉黑，他就没法再来找您。付款码谁要都不给。
phone-pay-safely-p3-report-fb = 很好！举报了，微信会去查他。付款码谁要都不给，也可以把他拉黑。
phone-pay-safely-p3-shot-fb = 先别发。付款码的截图，别人拿去就能扣您的钱。返钱从来用不着付款码。请回绝他，把他拉黑，再和家人说一说。
phone-pay-safely-p3-digits-fb = 这串数字和付款码一样，有了它就能扣您的钱。请别发。回绝他，把他拉黑就好。
phone-pay-safely-p3-family-fb = 很好！先问问家人。付款码不发给任何人，这样的人拉黑就行。

phone-pay-safely-explain-4 = 支付密码是六位数字，付钱时用，只有您自己知道。商店、客服、银行、警察，都不会问您要。家里人在电话里要，也不说。输密码时，用手挡一挡屏幕。验证码也要这样保管，在《验证码不告诉任何人》这一课里细讲。

phone-pay-safely-q-1 = 有人打电话说是“支付客服”：“您的账户有问题，把支付密码告诉我，我帮您处理。”您怎么办？
phone-pay-safely-q-1-a-1 = 告诉他，让他快点处理
phone-pay-safely-q-1-a-1-feedback = 请别说。真客服不会要您的密码。挂断电话，有事就自己打开微信或支付宝看看。
phone-pay-safely-q-1-a-2 = 不说，挂断电话
phone-pay-safely-q-1-a-2-feedback = 答对了！支付密码只有您自己用。问您要密码的，就是骗子。
phone-pay-safely-q-1-a-3 = 只告诉他前面三位
phone-pay-safely-q-1-a-3-feedback = 一位也别说。说出几位，也是在帮骗子。挂断就好，不放心就问问家人。

phone-pay-safely-q-2 = 电话里，孙子说：“把您的支付密码告诉我，我帮您弄一下手机。”您怎么办？
phone-pay-safely-q-2-a-1 = 电话里不说。请他回家当面帮忙，密码我自己输
phone-pay-safely-q-2-a-1-feedback = 答对了！家里人也不用知道您的密码。当面帮忙时，轮到输密码，您自己输，用手挡一挡。
phone-pay-safely-q-2-a-2 = 是自家孩子，告诉他没关系
phone-pay-safely-q-2-a-2-feedback = 先别说。电话里的声音，可能是骗子装的。真是孙子，也用不着您的密码。挂断后，打您存着的他的号码问一问。
phone-pay-safely-q-2-a-3 = 把密码用微信发给他
phone-pay-safely-q-2-a-3-feedback = 请别发。发出去的密码，别人也可能看到。密码只有您自己知道，请他当面帮忙，您自己输。

phone-pay-safely-explain-5 = 很多手机开着“小额免密支付”：付小钱时，不用输密码。方便是方便，可付款码被人偷拍去扫，也不用密码，钱就没了。把它关掉，每次付钱都要您自己输密码，更安全。
phone-pay-safely-explain-6 = 在微信里这样找：点“我”，点“服务”，点右上角的“钱包”，再点“支付设置”。支付宝里：点“我的”，点右上角的“设置”，再点“支付设置”。手机和版本不同，位置会有点不一样。找不到，就请家人或志愿者帮您找。

phone-pay-safely-p4 = 这是微信的支付设置。您想让每次付钱，都要先输入支付密码。您怎么做？
phone-pay-safely-p4-title = 支付设置
phone-pay-safely-p4-password = 支付密码
phone-pay-safely-p4-password-sub = 修改或找回支付密码
phone-pay-safely-p4-finger = 指纹支付
phone-pay-safely-p4-finger-sub = 用手指代替输入密码
phone-pay-safely-p4-nopw = 小额免密支付
phone-pay-safely-p4-nopw-sub = 付小钱时，不用输入密码
phone-pay-safely-p4-limit = 付款限额
phone-pay-safely-p4-limit-sub = 每天最多能付多少钱
phone-pay-safely-p4-auto = 自动扣费
phone-pay-safely-p4-nopw-fb = 做得对！开关拨到左边，小额免密支付就关了。在真手机上，可能还要您确认一下。以后付钱，都要您自己输密码。
phone-pay-safely-p4-password-fb = 这里是改密码的地方。要让付小钱也输密码，找带“免密”两个字的那一行，把开关关掉。
phone-pay-safely-p4-finger-fb = 指纹支付是用您自己的手指代替密码，别人用不了。今天要找的，是带“免密”两个字的那一行。
phone-pay-safely-p4-limit-fb = 这里能把每天最多能付的钱调小，也是个好办法。今天先找带“免密”两个字的那一行，把开关关掉。
phone-pay-safely-p4-auto-fb = 自动扣费是每月自动交的钱，比如会员费。今天要找的，是带“免密”两个字的那一行。
phone-pay-safely-p4-volunteer-fb = 问志愿者很好。他会告诉您：找带“免密”两个字的那一行，点右边的开关，把它关掉。

phone-pay-safely-q-3 = 菜市场门口，一个陌生人说：“让我扫一下您的付款码，送您一袋鸡蛋。”您怎么办？
phone-pay-safely-q-3-a-1 = 打开付款码给他扫
phone-pay-safely-q-3-a-1-feedback = 别给他扫。付款码一扫，扣的是您的钱。只有结账时，才给收银员扫。
phone-pay-safely-q-3-a-2 = 先拿到鸡蛋，再给他扫
phone-pay-safely-q-3-a-2-feedback = 别给他扫。鸡蛋是小甜头，一扫扣走的钱，可比鸡蛋多得多。付款码只给收银员扫。
phone-pay-safely-q-3-a-3 = 不给扫，走开
phone-pay-safely-q-3-a-3-feedback = 答对了！付款码只给收银员扫。送东西要扫您付款码的，都是想扣您的钱。
