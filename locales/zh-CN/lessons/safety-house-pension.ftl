# 课程：“以房养老”骗局（防范诈骗）
safety-house-pension-title = “以房养老”骗局
safety-house-pension-remember = 房本、身份证不交给别人。看不懂的不签，签字前先问子女。

safety-house-pension-explain-1 = 有人会上门说“以房养老”：房子还是您住，每个月还能多领几千元养老钱。听着很好，其实是骗局。
safety-house-pension-explain-2 = 他们带您去公证处，签好几份纸。一份是拿房子作押借钱，叫“抵押”。还有一份是委托书，写着他们可以卖掉您的房子。
safety-house-pension-explain-3 = 借来的钱，被他们拿去“理财”。头几个月给您一点钱。后来公司跑了，钱也没了。他们拿着委托书卖掉房子，您连住的地方都没了。
safety-house-pension-explain-4 = 记住几条：房本和身份证，不交给别人。看不懂的纸，不签。公证处盖了章，也不等于安全。签字以前，先拿给子女或者律师看。

safety-house-pension-p1 = 您收到一条短信。这是第一个例子：说用房子换养老钱的短信，不要回复，点删除或者举报就好。
safety-house-pension-p1-sender = 陌生号码
safety-house-pension-p1-body = 【幸福家园】以房养老新政策：房子照住，每月多领八千元养老钱！本周六免费讲座，到场送鸡蛋。回复1报名。
safety-house-pension-p1-delete-fb = 做得对！这种短信删掉就好，不回复，也不去讲座。
safety-house-pension-p1-report-fb = 做得对！举报了，手机以后会帮大家拦住这个号码。
safety-house-pension-p1-family-fb = 很好！告诉家人，让他们也知道有这种骗局。这条短信可以删掉。

safety-house-pension-p2 = 在公证处，工作人员递给您这份协议，说：“只是走个手续，签个字就行。”请看看标出来的几句。您怎么做？
safety-house-pension-p2-title = 幸福养老服务协议
safety-house-pension-p2-party-a = 甲方：房屋主人
safety-house-pension-p2-party-b = 乙方：幸福家园养老服务有限公司
safety-house-pension-p2-income = 一、乙方每月付给甲方养老收益 ¥8,000.00
safety-house-pension-p2-income-speech = 第一条，乙方每月付给甲方养老收益八千元。
safety-house-pension-p2-mortgage = 二、甲方把名下房屋抵押，借款一百五十万元，交给乙方理财。
safety-house-pension-p2-entrust = 三、甲方全权委托乙方办理房屋出售、过户、收房款等一切手续。
safety-house-pension-p2-sign = 在这里签字
safety-house-pension-p2-sign-fb = 先别签。“抵押”就是拿房子作押借钱，“全权委托”“出售”就是让他们能卖掉您的房子。请放下笔，把协议拿给子女看。
safety-house-pension-p2-family-fb = 做得对！签字以前先问子女。可以请他们来一起看，也可以拍下来发给他们。
safety-house-pension-p2-volunteer-fb = 做得对！看不懂就先问人，请志愿者帮您看看。这份不能签。
safety-house-pension-p2-back-fb = 做得对！不签，放下就走，没关系。回家和子女商量，谁催您也不着急。

safety-house-pension-p3 = 过了几天，那位“顾问”在微信上给您发来消息。您怎么回？
safety-house-pension-p3-title = 养老顾问小刘
safety-house-pension-p3-m1 = 阿姨，手续都给您办好了，今天下午两点公证处见。
safety-house-pension-p3-m2 = 名额就剩最后一个，今天不签，下个月就没有了。
safety-house-pension-p3-m3 = 记得带上房本和身份证。这事先别告诉孩子，年轻人不懂，会拦着您。
safety-house-pension-p3-go = 好的，我带上房本，下午就去签
safety-house-pension-p3-wait = 不着急，合同我要先拿给孩子看
safety-house-pension-p3-hand-over = 那我先把房本和身份证交给你保管
safety-house-pension-p3-wait-fb = 做得对！越是催您今天就签，越是不让告诉孩子，越要停下来。真正的好事，不怕等，也不怕子女看。
safety-house-pension-p3-go-fb = 先别去。“今天不签就没了”“别告诉孩子”，都是骗子常说的话。请把这事告诉子女，一起商量。
safety-house-pension-p3-hand-over-fb = 房本和身份证不能交给别人。有了这两样，他们就能拿您的房子办手续。请留在自己手里，告诉子女。
safety-house-pension-p3-family-fb = 做得对！他不让您告诉孩子，您偏要告诉。多一个人帮您看，就多一分安全。
safety-house-pension-p3-volunteer-fb = 很好！问问志愿者也行。记住：房本不交人，今天也不签。

safety-house-pension-p4 = 小区物业在微信里发来一份通知。您看一看，您怎么做？
safety-house-pension-p4-title = 物业通知
safety-house-pension-p4-heading = 三号楼电梯维修通知
safety-house-pension-p4-body-1 = 各位住户：三号楼电梯下周一、周二维修，这两天请走楼梯。
safety-house-pension-p4-body-2 = 维修的钱从小区维修资金里出，住户不用另外交钱。
safety-house-pension-p4-body-3 = 有问题，请到一楼物业服务中心当面问。
safety-house-pension-p4-sender = 幸福里小区物业服务中心
safety-house-pension-p4-ok = 我知道了
safety-house-pension-p4-ok-fb = 对！这是小区物业的普通通知，只是告诉您电梯要修。它不要房本，不要签字，也不要交钱，放心看完就好。
safety-house-pension-p4-back-fb = 看完离开也可以。这是一份普通的通知，不要房本、不要签字，可以放心。
safety-house-pension-p4-family-fb = 问问家人也很好。这份通知只是说电梯要修，不要房本、不要签字，可以放心。

safety-house-pension-q-1 = 有人说：“房子还是您住，每月给您八千元养老钱，先把房本给我们办手续。”您怎么办？
safety-house-pension-q-1-a-1 = 把房本给他，每月能多领钱
safety-house-pension-q-1-a-1-feedback = 先别给。房本到了骗子手里，房子就可能被卖掉。房本不交人，先问子女。
safety-house-pension-q-1-a-2 = 房本不交人，先告诉子女
safety-house-pension-q-1-a-2-feedback = 答对了！房本和身份证留在自己手里。有人提这种事，先和子女商量。
safety-house-pension-q-1-a-3 = 把房本拍张照片发给他
safety-house-pension-q-1-a-3-feedback = 照片也别发。房本和身份证的照片，也能被骗子拿去用。请先告诉子女。

safety-house-pension-q-2 = 协议上写着：“甲方全权委托乙方办理房屋出售。”这是什么意思？
safety-house-pension-q-2-a-1 = 他们可以把我的房子卖掉
safety-house-pension-q-2-a-1-feedback = 答对了！“全权委托”“出售”，就是让别人替您卖房。这样的纸，千万别签。
safety-house-pension-q-2-a-2 = 只是走个手续，没关系
safety-house-pension-q-2-a-2-feedback = 这可不是走手续。签了，他们就能替您卖房。看到这几个字，先别签，拿给子女看。
safety-house-pension-q-2-a-3 = 在公证处签的，就一定安全
safety-house-pension-q-2-a-3-feedback = 公证处只管您是不是自己签的，不管这事对您好不好。看不懂的，先别签。

safety-house-pension-q-3 = 您真想用房子养老，该怎么做？
safety-house-pension-q-3-a-1 = 和子女商量，一起去银行或者保险公司柜台问清楚
safety-house-pension-q-3-a-1-feedback = 答对了！真的“以房养老”是保险公司办的，规矩很严，要慢慢办，不会催您今天就签。
safety-house-pension-q-3-a-2 = 找讲座上认识的“顾问”，当天签好
safety-house-pension-q-3-a-2-feedback = 讲座上的“顾问”，常常就是骗子。不着急签，先和子女一起去银行或保险公司问。
safety-house-pension-q-3-a-3 = 谁给的养老钱多，就跟谁签
safety-house-pension-q-3-a-3-feedback = 许的钱越多、催得越急，越要小心。先和子女一起去银行或保险公司问清楚。

safety-house-pension-explain-5 = 真正的“以房养老”，是保险公司办的。规矩很严，要慢慢审核，不会催您。想了解，先和子女一起去银行或保险公司问。拿不准，就打96110问一问。已经签了字、交了房本，马上告诉家人，打110。
