# 课程：中奖、退税
safety-prize-tax-title = 中奖、退税
safety-prize-tax-remember = 要您先交钱的奖，不是奖。退税只在个人所得税APP里办。

safety-prize-tax-explain-1 = 有的短信或电话说：“恭喜您中大奖了！”奖品是小轿车、新手机，或者一大笔钱。可是，这个抽奖您从来没参加过。
safety-prize-tax-explain-2 = 接着，他就要钱了。领奖前，先交个人所得税，再交邮费、公证费。您交了一笔，他又要下一笔。奖品永远不会来。真的中奖，不会让您先往别人的账户转钱。

safety-prize-tax-p1 = 您收到一条短信。您怎么做？
safety-prize-tax-p1-sender = 陌生号码
safety-prize-tax-p1-body = 【周年庆大抽奖】恭喜您！您的手机号被抽中二等奖：小轿车一辆，或现金18万元。请在3天内点击下方链接领奖，逾期作废。
safety-prize-tax-p1-body-speech = 周年庆大抽奖：恭喜您！您的手机号被抽中二等奖，小轿车一辆，或者现金十八万元。请在三天内点击下面的链接领奖，过期作废。
safety-prize-tax-p1-link-fb = 这个链接别点。点开后，它会要您的身份证号和银行卡号，还要您先交“税费”。您没参加过抽奖，就不会中奖。请把短信删掉。
safety-prize-tax-p1-delete-fb = 做得对！您没参加过这个抽奖，就不会中奖。删掉就好，链接别点。
safety-prize-tax-p1-block-fb = 做得对！拉黑了，这个号码就发不进来了。链接别点。
safety-prize-tax-p1-report-fb = 做得对！举报了，手机以后能帮大家拦住这个号码。链接别点。
safety-prize-tax-p1-family-fb = 很好！告诉家人，一起看一看。这是骗子的短信，链接别点，删掉就好。

safety-prize-tax-rp-intro = 中奖的骗局，也常常打电话来。现在练习接一个这样的电话。对方说一句，您就选怎么做。不着急，慢慢选。
safety-prize-tax-rp-caller = 自称：抽奖活动办公室
safety-prize-tax-rp-debrief = 没参加过的抽奖，不会中奖。真的奖，不会让您先转钱。说要先交税、交公证费的，都是骗子。接到这种电话就挂断，告诉家人。不放心，就打96110问一问。

safety-prize-tax-rp-1 = 恭喜您！您的手机号在我们的周年庆抽奖里，中了二等奖，是一辆小轿车！
safety-prize-tax-rp-1-phrase = 恭喜您，中了二等奖
safety-prize-tax-rp-1-hang-up = 挂断电话，我没参加过抽奖
safety-prize-tax-rp-1-hang-up-fb = 做得对！您没参加过的抽奖，不会中奖。挂断就好。
safety-prize-tax-rp-1-ask = 问他：我没参加过抽奖，怎么会中奖？
safety-prize-tax-rp-1-ask-fb = 问得好。没参加过，就不会中奖。听听他怎么编。
safety-prize-tax-rp-1-go-along = 真的吗？太好了，怎么领？
safety-prize-tax-rp-1-go-along-fb = 先别高兴。天上不会掉馅饼。您没参加过抽奖，他很可能是骗子。您随时可以挂断。

safety-prize-tax-rp-2 = 是电脑从全国的手机号里抽的。您今天下午五点前办好手续，过了时间，奖就作废了。
safety-prize-tax-rp-2-phrase = 过了时间，奖就作废了
safety-prize-tax-rp-2-hang-up = 挂断电话，不着急领
safety-prize-tax-rp-2-hang-up-fb = 做得对！他催得越急，越是不想让您多想。真的奖，不会几个小时就作废。
safety-prize-tax-rp-2-ask = 问他：明天我让儿子陪我，去你们那儿当面领，行吗？
safety-prize-tax-rp-2-ask-fb = 问得好。真的奖，可以当面去领。听听他让不让您去。
safety-prize-tax-rp-2-go-along = 好，我现在就办，别作废了。
safety-prize-tax-rp-2-go-along-fb = 别着急。催您马上办，是骗子的手段，让您来不及想。您可以随时挂断。

safety-prize-tax-rp-3 = 不用来，车直接给您送到家。这事先别跟家里人说，人多嘴杂，奖容易被人冒领。
safety-prize-tax-rp-3-phrase = 先别跟家里人说
safety-prize-tax-rp-3-hang-up = 挂断电话，马上告诉家人
safety-prize-tax-rp-3-hang-up-fb = 做得对！不让告诉家人，正是骗子的手段。跟家人说说，多一个人帮您看。
safety-prize-tax-rp-3-ask = 问他：为什么不能告诉我的孩子？
safety-prize-tax-rp-3-ask-fb = 问得好。真的奖，不怕您告诉家人。
safety-prize-tax-rp-3-go-along = 好，我谁也不说。
safety-prize-tax-rp-3-go-along-fb = 不让告诉家人，就是怕有人提醒您。这时候最该挂断，告诉家人。

safety-prize-tax-rp-4 = 领车前，要先交个人所得税和公证费，一共八千六百元。您转到我们的账户，车明天就到。
safety-prize-tax-rp-4-phrase = 先交个人所得税和公证费
safety-prize-tax-rp-4-hang-up = 挂断电话，一分钱也不交
safety-prize-tax-rp-4-hang-up-fb = 做得对！要您先交钱的奖，不是奖。税费、公证费，都是骗钱的借口。
safety-prize-tax-rp-4-ask = 问他：税能不能从奖里直接扣？
safety-prize-tax-rp-4-ask-fb = 问得好，但不用再听了。他一定说不行。只要让您先转钱，就是骗子，直接挂断吧。
safety-prize-tax-rp-4-go-along = 好，我这就去转钱。
safety-prize-tax-rp-4-go-along-fb = 请千万别转。交了这一笔，他还会要保险费、运费，车永远不会来。现在就挂断，告诉家人。

safety-prize-tax-q-1 = 短信说：“您中了一辆小轿车，先交八千元公证费，就能领车。”您怎么办？
safety-prize-tax-q-1-a-1 = 交钱，一辆车比八千元值钱多了
safety-prize-tax-q-1-a-1-feedback = 先别交。要您先交钱的奖，不是奖。交了这笔，还会有下一笔，车永远不会来。把短信删掉，告诉家人。
safety-prize-tax-q-1-a-2 = 不交钱，删掉短信，告诉家人
safety-prize-tax-q-1-a-2-feedback = 答对了！真的中奖，不会让您先转钱。删掉就好。
safety-prize-tax-q-1-a-3 = 打短信上的电话，问问是不是真的
safety-prize-tax-q-1-a-3-feedback = 短信上的电话是骗子留的，打过去，接电话的还是骗子。不用问，删掉就好。不放心，就打96110。

safety-prize-tax-explain-3 = 还有一种短信，说您有一笔个税退款，让您点链接领。打开的网页，看着很像真的。它让您填银行卡号、密码和验证码。一填，卡里的钱就被转走了。
safety-prize-tax-explain-4 = 真的退税，只在个人所得税APP里办，或者去税务局的办税大厅办。这个APP是税务局自己的。退的钱，直接打到您在APP里填的银行卡上。税务局不会发短信，让您点链接领退税。只领退休金的人，一般不交个税，也就没有税可退。

safety-prize-tax-p2 = 又来了一条短信。您怎么做？
safety-prize-tax-p2-sender = 陌生号码
safety-prize-tax-p2-body = 【个税退税通知】您的个人所得税年度汇算已审核，可退税款1,860.00元。请今天点击下方链接，填写银行卡信息领取，逾期视为放弃。
safety-prize-tax-p2-body-speech = 个税退税通知：您的个人所得税年度汇算已审核，可退税款一千八百六十元。请今天点击下面的链接，填写银行卡信息领取，过期就算放弃。
safety-prize-tax-p2-link-fb = 这个链接别点。真的退税，不用点链接，也不用填银行卡密码。请把短信删掉。想查退税，就自己打开个人所得税APP看。
safety-prize-tax-p2-delete-fb = 做得对！税务局不会发链接让您领退税。删掉就好。想知道有没有退税，自己打开个人所得税APP看。
safety-prize-tax-p2-block-fb = 做得对！拉黑了，它就发不进来了。退税的事，只在个人所得税APP里看。
safety-prize-tax-p2-report-fb = 做得对！举报了，能帮大家拦住它。链接别点。退税的事，只在个人所得税APP里看。
safety-prize-tax-p2-family-fb = 很好！问问家人。这条短信带链接，还催您今天办，是骗子的。退税只在个人所得税APP里办。

safety-prize-tax-p3 = 您退休后又上了班，去年交过个税。女儿帮您在个人所得税APP里申请了退税。今天，您自己打开这个APP看看。您怎么做？
safety-prize-tax-p3-title = 个人所得税
safety-prize-tax-p3-heading = 综合所得年度汇算
safety-prize-tax-p3-label = 申请退税金额
safety-prize-tax-p3-amount = ¥326.00
safety-prize-tax-p3-amount-speech = 申请退税金额：三百二十六元。
safety-prize-tax-p3-card = 收款银行卡
safety-prize-tax-p3-card-sub = 福满银行 储蓄卡 尾号6608
safety-prize-tax-p3-notice = 退税状态：税务机关审核中。审核通过后，退税款会打到上面这张银行卡。
safety-prize-tax-p3-details = 查看详情
safety-prize-tax-p3-details-fb = 做得对！这是税务局自己的APP，是您自己打开的。它不要您转钱，也不要银行卡密码。审核好了，钱会打到您自己的卡上。安心等着就好。
safety-prize-tax-p3-family-fb = 很好！和女儿一起看看。这个页面是真的：在个人所得税APP里，不要您交钱，退的钱打到您自己的卡上。
safety-prize-tax-p3-back-fb = 离开也可以。这个页面是真的，您什么也不用做。审核好了，钱会自己打到您的卡上。

safety-prize-tax-p4 = 过了几天，银行发来一条短信。看一看，您怎么做？
safety-prize-tax-p4-sender = 福满银行
safety-prize-tax-p4-body = 【福满银行】您尾号6608的储蓄卡3月28日转入¥326.00，摘要：个税退税。如有疑问，请拨打您卡片背面的客服电话。
safety-prize-tax-p4-body-speech = 福满银行：您尾号六六零八的储蓄卡，三月二十八日转入三百二十六元，摘要：个税退税。如有疑问，请拨打您卡片背面的客服电话。
safety-prize-tax-p4-back-fb = 做得对！这是银行真的通知：没有链接，也不要您做什么。退税到账了，和APP里的钱数一样。想再看看，就打开银行自己的APP查。
safety-prize-tax-p4-family-fb = 很好！告诉女儿，退税到账了。这条是银行真的通知：没有链接，也不要您转钱。
safety-prize-tax-p4-delete-fb = 删了也可以。不过这条是银行真的通知，没有链接，也不要钱。您的退税已经到账了。
safety-prize-tax-p4-block-fb = 先别拉黑。这是您自己银行的通知，拉黑了，以后就收不到钱的提醒了。看完按返回键就好。
safety-prize-tax-p4-report-fb = 这条不用举报。它没有链接，不要您转钱，是银行真的通知。看完按返回键就好。

safety-prize-tax-q-2 = 您真的有一笔个税要退。该在哪里办？
safety-prize-tax-q-2-a-1 = 点短信里的退税链接
safety-prize-tax-q-2-a-1-feedback = 短信里的退税链接，是骗子的。退税只在个人所得税APP里办，或者去税务局的办税大厅。
safety-prize-tax-q-2-a-2 = 在个人所得税APP里办，或者去税务局的办税大厅
safety-prize-tax-q-2-a-2-feedback = 答对了！退税只在这两个地方办。钱直接打到您自己的卡上。
safety-prize-tax-q-2-a-3 = 请打电话来的“税务局的人”帮忙办
safety-prize-tax-q-2-a-3-feedback = 打电话来要您银行卡号的，是骗子。自己打开个人所得税APP，或者让家人陪您去办税大厅。

safety-prize-tax-q-3 = 您已经点了退税链接，还填了银行卡号和验证码。现在怎么办？
safety-prize-tax-q-3-a-1 = 先等等，看看退税到没到
safety-prize-tax-q-3-a-1-feedback = 别等。骗子可能正在转您的钱。马上打银行卡背面的电话，再打110，告诉家人。
safety-prize-tax-q-3-a-2 = 马上打银行卡背面的电话，再打110，告诉家人
safety-prize-tax-q-3-a-2-feedback = 答对了！越快越好。先请银行冻结这张卡，再打110报警。
safety-prize-tax-q-3-a-3 = 太丢人了，谁也不说
safety-prize-tax-q-3-a-3-feedback = 这不丢人，骗子很会骗人。越早说，越能保住钱。马上打银行卡背面的电话和110，告诉家人。

safety-prize-tax-explain-5 = 记住：要您先交钱的奖，不是奖。退税只在个人所得税APP里办。万一已经填了卡号，或者交了钱，别不好意思。马上打银行卡背面的电话，请银行冻结这张卡。再打110，告诉家人。拿不准是不是骗局，就打96110问一问。
