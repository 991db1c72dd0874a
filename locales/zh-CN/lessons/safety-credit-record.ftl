# 课程：征信“修复”、“注销账户”（防范诈骗）
safety-credit-record-title = 征信“修复”、“注销账户”
safety-credit-record-remember = 征信不能花钱修改。谁打电话说要帮您“注销”“修复”，就挂断，自己去银行柜台问。

safety-credit-record-explain-1 = 征信，就是您借钱、还钱的记录。它由中国人民银行征信中心保管。按时还钱，记录就好。这份记录，谁也不能花钱改。
safety-credit-record-explain-2 = 骗子会自称平台客服打电话来。他说您开通了“百万保障”，或者年轻时开过“学生贷款账户”。不注销，征信就会变坏。
safety-credit-record-explain-3 = 接着，他让您把钱转到“安全账户”，或者去好几个APP借钱，说要“清空额度”。钱一转出去，就被骗走了。

safety-credit-record-p1 = 手机响了。看一看屏幕上写的，您怎么做？
safety-credit-record-p1-caller = 未知号码
safety-credit-record-p1-tag = 疑似诈骗
safety-credit-record-p1-decline-fb = 做得对！手机提醒这是疑似诈骗电话，不接就好。真有事，人家会用别的办法找您。
safety-credit-record-p1-answer-fb = 手机提醒了这是疑似诈骗，最好不接。接了也别怕，一听到征信、注销、转账，就马上挂断。
safety-credit-record-p1-family-fb = 问问家人很好。这个电话标着疑似诈骗，不接就行。

safety-credit-record-rp-intro = 有时候，手机不会提醒您。现在练习接一个这样的电话。对方每说一句，您就选怎么做。慢慢来，不着急。
safety-credit-record-rp-caller = 自称：支付平台客服
safety-credit-record-rp-debrief = 征信谁也不能花钱改，注销什么服务，也不用您转钱、借钱。接到这种电话，就挂断。不放心，就打银行卡背面的电话，或者去银行柜台问，再告诉家人。

safety-credit-record-rp-1 = 您好，我是支付平台的客服。系统显示，您开通了“百万保障”服务，下个月开始每月自动扣钱。
safety-credit-record-rp-1-phrase = 我是支付平台的客服
safety-credit-record-rp-1-hang-up = 挂断电话，我没开通过这个
safety-credit-record-rp-1-hang-up-fb = 做得对！陌生人打电话说您的账户有事，先挂断。想查，就自己打开APP看，或者去银行问。
safety-credit-record-rp-1-ask = 问他：我没开过，您怎么知道我的电话？
safety-credit-record-rp-1-ask-fb = 问得好。听听他怎么编。您也可以挂了电话，自己打开APP看看有没有这个服务。
safety-credit-record-rp-1-go-along = 啊，那怎么办？您快帮我关掉。
safety-credit-record-rp-1-go-along-fb = 先别急。真要关掉什么服务，您自己在APP里就能关，不用陌生人帮忙。

safety-credit-record-rp-2 = 这个服务不注销，就会上报征信。您的征信一坏，孩子买房、贷款都办不下来。
safety-credit-record-rp-2-phrase = 孩子买房、贷款都办不下来
safety-credit-record-rp-2-hang-up = 挂断电话，打银行卡背面的电话问一问
safety-credit-record-rp-2-hang-up-fb = 做得对！他在拿孩子吓唬您。挂断后，自己打卡背面的电话，一问就清楚。
safety-credit-record-rp-2-ask = 问他：那我去银行柜台，当面办注销，行吗？
safety-credit-record-rp-2-ask-fb = 问得好。真有问题，银行柜台就能办。他要是不让您去银行，就更说明是骗子。
safety-credit-record-rp-2-go-along = 千万别害了孩子，您说怎么办，我就怎么办。
safety-credit-record-rp-2-go-along-fb = 别怕，孩子不会因为这个受影响。他是在吓唬您。您可以随时挂断，告诉家人。

safety-credit-record-rp-3 = 必须今天办完，下午五点系统就上报了。您别挂电话，我一步一步教您。
safety-credit-record-rp-3-phrase = 必须今天办完
safety-credit-record-rp-3-hang-up = 挂断电话，这事不着急
safety-credit-record-rp-3-hang-up-fb = 做得对！催得越急，越要停下来。挂断后告诉家人，一起想一想。
safety-credit-record-rp-3-ask = 问他：为什么这么急？我想先问问孩子。
safety-credit-record-rp-3-ask-fb = 问得好。真的银行不会逼您今天办完，也不会不让您问家人。
safety-credit-record-rp-3-go-along = 好，我不挂，您教我。
safety-credit-record-rp-3-go-along-fb = 不让您挂电话，是怕您去问别人。这时候最该挂断，问问家人。

safety-credit-record-rp-4 = 注销前要验证您的资金。请把卡里的钱转到我们的安全账户。办完，马上全部退给您。
safety-credit-record-rp-4-phrase = 转到我们的安全账户
safety-credit-record-rp-4-hang-up = 挂断电话，一分钱也不转
safety-credit-record-rp-4-hang-up-fb = 做得对！没有什么安全账户。要您转钱的，就是骗子。
safety-credit-record-rp-4-ask = 问他：这个账户是哪家银行的？我去柜台问。
safety-credit-record-rp-4-ask-fb = 问得好，但不用再听了。只要让您转钱，就是骗子，直接挂断。
safety-credit-record-rp-4-go-along = 好，我这就去转。
safety-credit-record-rp-4-go-along-fb = 请千万别转。钱转出去，就很难追回来。现在挂断，告诉家人。

safety-credit-record-p2 = 第二天，有人加了您的微信，发来这些话。您怎么回？
safety-credit-record-p2-title = 征信客服 张专员
safety-credit-record-p2-m1 = 您好，我是征信客服张专员。您名下有一个学生贷款账户，还没有注销。
safety-credit-record-p2-m2 = 注销前，要把您在几个借钱APP里的额度都借出来，转到我们的监管账户，把额度清空。
safety-credit-record-p2-m3 = 办完马上全部退给您，不影响征信。今天必须办。
safety-credit-record-p2-borrow = 好的，我这就去借钱，转给你
safety-credit-record-p2-counter = 我不借也不转。征信的事，我自己去银行柜台问
safety-credit-record-p2-savings = 借钱太麻烦，我把存款转过去行吗？
safety-credit-record-p2-counter-fb = 做得对！征信的事，自己去银行柜台问最清楚。借来的钱转给他，不光被骗走，贷款还要您自己还。
safety-credit-record-p2-borrow-fb = 请别借，也别转。借出来的钱一转给他，就被骗走了，贷款却要您自己还。征信的事，去银行柜台问。
safety-credit-record-p2-savings-fb = 存款也别转。没有什么监管账户，让您转钱的就是骗子。征信的事，自己去银行柜台问。
safety-credit-record-p2-family-fb = 很好！先问问家人，最稳妥。借钱、转钱的事，一定先和家人商量。

safety-credit-record-q-1 = 电话里的人说：“交三千元，就能把您征信上的不良记录删掉。”这是真的吗？
safety-credit-record-q-1-a-1 = 是真的，交了钱就能删
safety-credit-record-q-1-a-1-feedback = 不是真的。征信谁也不能花钱改。说花钱能删记录的，都是骗子。
safety-credit-record-q-1-a-2 = 是骗局，征信不能花钱改
safety-credit-record-q-1-a-2-feedback = 答对了！征信由人民银行征信中心保管，谁也不能花钱改。
safety-credit-record-q-1-a-3 = 先交一点钱，看看能不能删
safety-credit-record-q-1-a-3-feedback = 一分钱也别交。交了钱，记录删不掉，钱也要不回来。挂断电话，告诉家人。

safety-credit-record-p3 = 您收到一条银行发来的短信。看一看，您怎么做？
safety-credit-record-p3-sender = 福满银行
safety-credit-record-p3-body = 【福满银行】尊敬的客户，您尾号6608的信用卡本期账单¥1,250.00，最后还款日6月20日，请按时还款。如有疑问，请拨打您卡片背面的客服电话，或到我行网点柜台咨询。
safety-credit-record-p3-body-speech = 福满银行：尊敬的客户，您尾号六六零八的信用卡，本期账单一千二百五十元，最后还款日是六月二十日，请按时还款。如有疑问，请拨打您卡片背面的客服电话，或到我行网点柜台咨询。
safety-credit-record-p3-back-fb = 做得对！这是银行真的提醒：没有链接，不要您转账，只让您打卡背面的电话，或者去柜台。留着它，按时还款就好。按时还钱，征信就好。
safety-credit-record-p3-family-fb = 很好！和家人一起看看。这条是银行真的提醒：没有链接，也不要您转账。按时还款就好。
safety-credit-record-p3-delete-fb = 删了也可以。不过这是银行真的提醒，没有链接，也不要您转账。记得按时还款。
safety-credit-record-p3-block-fb = 先别拉黑。这是银行真的提醒，拉黑了，以后就收不到还款提醒了。看完按返回键就好。
safety-credit-record-p3-report-fb = 这条不用举报。它没有链接，不要您转账，只让您打卡背面的电话，或者去柜台。这是真的提醒，看完按返回键就好。

safety-credit-record-p4 = 您想问问这笔账单。银行卡背面的客服电话，写在屏幕上方。您怎么做？
safety-credit-record-p4-card = 您银行卡背面的客服电话：010-0000-0475
safety-credit-record-p4-card-speech = 您银行卡背面的客服电话：零一零，零零零零，零四七五。
safety-credit-record-p4-field = 号码
safety-credit-record-p4-call = 拨打
safety-credit-record-p4-call-fb = 做得对！卡背面印的电话，才是银行真的客服。有不明白的，就在电话里问清楚。也可以带上卡，去柜台问。
safety-credit-record-p4-wrong = 号码不对。对着屏幕上方，一个一个输入：零一零，零零零零，零四七五。按删除可以改。
safety-credit-record-p4-empty = 先用下面的数字键，输入卡背面的号码：零一零，零零零零，零四七五。再点绿色的按钮。

safety-credit-record-q-2 = 您想知道自己的征信有没有问题。怎么办？
safety-credit-record-q-2-a-1 = 带上身份证，去银行柜台问
safety-credit-record-q-2-a-1-feedback = 答对了！查征信不用求人，每年至少能免费查两次。真有不对的地方，柜台会告诉您怎么办。
safety-credit-record-q-2-a-2 = 请打电话来的客服帮我查
safety-credit-record-q-2-a-2-feedback = 别找打电话来的人，他要的是您的钱。带上身份证去银行柜台问，最放心。
safety-credit-record-q-2-a-3 = 花钱请网上的“征信修复”公司
safety-credit-record-q-2-a-3-feedback = 不用花这个钱。征信谁也不能花钱改。自己带上身份证去银行问就行。

safety-credit-record-explain-4 = 征信真有问题，带上身份证，去银行柜台问。不放心，就打您银行卡背面印的电话，或者打96110。再告诉家人。
