# 课程：被骗了怎么办
safety-after-scam-title = 被骗了怎么办
safety-after-scam-remember = 发现被骗，马上停手，一分钱也别再转。打110报警，告诉家人。

safety-after-scam-explain-1 = 被骗了，不是您的错。骗子是专门干这一行的，年轻人、读过很多书的人也会上当。别怕丢人，也别一个人闷着。越早报警，越有机会把钱追回来。
safety-after-scam-explain-2 = 第一件事：马上停手，一分钱也别再转。骗子常说：“再交一笔解冻费，钱就全退给您。”这是骗您再掏钱。他说能退款，也别信。不再回他的消息，不再接他的电话。
safety-after-scam-explain-3 = 第二件事：马上打110报警，或者去最近的派出所。越早越好。再告诉家人，让家人陪着您。拿不准的事，也可以打反诈专线96110问一问。

safety-after-scam-field = 号码
safety-after-scam-call = 拨打

safety-after-scam-p1 = 您在一个“理财平台”投了钱，现在取不出来，对方也不回消息了。您明白了，这是被骗了。请输入110，再点绿色的拨打按钮。
safety-after-scam-p1-call-fb = 拨通了！跟民警说清楚：什么时候、怎么被骗的，转了多少钱，转到了哪里。民警让您去派出所，就带上身份证、手机和银行卡去。
safety-after-scam-p1-wrong = 号码不对。报警打110：按一、一、零。按删除键可以改。
safety-after-scam-p1-empty = 先用下面的数字键，按一、一、零。再点绿色的拨打按钮。
safety-after-scam-p1-family-fb = 告诉家人很要紧。不过先打110报警，越早越好。打完再给家人打电话。
safety-after-scam-p1-volunteer-fb = 找人帮忙很好。您自己也能打：按一、一、零，再点绿色的拨打按钮。

safety-after-scam-p2 = 您在一个“投资平台”上想把钱取出来，可是取不出来。平台的“客服”发来这些话。您怎么回？
safety-after-scam-p2-title = 理财平台在线客服
safety-after-scam-p2-m1 = 您好，您的账户里有八万六千元，可以取出来了。
safety-after-scam-p2-m2 = 但是您操作出了错，账户被冻结了。先交五千元解冻费，钱马上全部到账。
safety-after-scam-p2-m3 = 今天不交，账户里的钱全部清零。这事别告诉家人，他们不懂。
safety-after-scam-p2-pay = 好吧，我再转最后一次
safety-after-scam-p2-borrow = 我手上没钱了，先找人借一借
safety-after-scam-p2-stop = 我一分钱也不转了，我去报警
safety-after-scam-p2-stop-fb = 做得对！要您先交钱才能取钱的，都是骗子。交了这一笔，还会有下一笔。现在就打110，再告诉家人。
safety-after-scam-p2-pay-fb = 请别转。交了解冻费，他还会说要交税、交保证金，一笔接一笔，钱还是取不出来。停下来，打110报警。
safety-after-scam-p2-borrow-fb = 千万别借钱去交。交了也取不出来，还会多欠一笔债。停下来，打110报警，告诉家人。
safety-after-scam-p2-family-fb = 做得对！他不让您告诉家人，就是怕家人提醒您。先跟家人说，再一起去报警。

safety-after-scam-explain-4 = 第三件事：留好证据，什么都别删。聊天记录、转账记录、对方的电话号码和账号，还有对方让您装的APP，都留着。能截图的，截图存好。去派出所时，带上身份证、手机和银行卡。

safety-after-scam-q-1 = 要去派出所报案了。手机里和骗子的聊天记录，怎么办？
safety-after-scam-q-1-a-1 = 太丢人了，全都删掉
safety-after-scam-q-1-a-1-feedback = 先别删，也不用觉得丢人。聊天记录是证据，民警要看。都留着，带上手机去派出所。
safety-after-scam-q-1-a-2 = 都留着，转账记录和对方号码也留着
safety-after-scam-q-1-a-2-feedback = 答对了！聊天记录、转账记录、对方的号码和账号，都是证据。带上手机，去派出所给民警看。
safety-after-scam-q-1-a-3 = 把骗子让装的APP删掉，眼不见心不烦
safety-after-scam-q-1-a-3-feedback = 先别删。那个APP里也有证据，民警可能要看。等民警看过，再听民警的。

safety-after-scam-explain-5 = 第四件事：给银行打电话，请银行先把卡冻结，钱就不会再被转走。打您银行卡背面印的电话，或者直接去银行柜台。别打骗子给的号码。要是把密码、验证码告诉过别人，赶快改密码。

safety-after-scam-p3 = 您前几天给“投资老师”转过钱。今天手机响了，看一看屏幕上写的。您怎么做？
safety-after-scam-p3-caller = 96110
safety-after-scam-p3-tag = 反诈专线
safety-after-scam-p3-answer-fb = 做得对！96110是公安的反诈专线。他们发现您可能被骗了，打来帮您。听他们说，照着做：别再转钱，去派出所报案。他们不会让您转账。
safety-after-scam-p3-decline-fb = 96110是公安的反诈专线，是来帮您的，要接。没接到也没关系，您可以自己打回去：拨96110。
safety-after-scam-p3-family-fb = 问家人很好。不过96110是公安的反诈专线，是来帮您的。先接起来听听，接完再告诉家人。

safety-after-scam-explain-6 = 还要小心第二次被骗。被骗以后，常有人找上门，说自己是律师、追款公司，甚至说是警察。他们说：交一笔手续费，就能把钱追回来。这也是骗子。他们能说出您被骗的事，也别信。帮您追钱的是公安，不收您一分钱。

safety-after-scam-p4 = 有人加您为好友，发来这些话。您怎么回？
safety-after-scam-p4-title = 追款律师 张律师
safety-after-scam-p4-m1 = 您好，听说您在网上投资，被骗了八万元。我是专门帮人追款的律师。
safety-after-scam-p4-m2 = 我们跟公安有合作，已经帮上千人把钱追回来了。
safety-after-scam-p4-m3 = 先交三千元手续费，三天之内全部追回。这事别跟别人说，免得走漏风声。
safety-after-scam-p4-pay = 好，我交手续费，请您帮帮我
safety-after-scam-p4-refuse = 我不交钱，追钱的事我找派出所
safety-after-scam-p4-send = 我把银行卡号和转账记录发给您
safety-after-scam-p4-refuse-fb = 做得对！说交钱就能追回来的，都是骗子。追钱的事交给公安，一分钱也不用交。这段聊天也截图存好，告诉民警。
safety-after-scam-p4-pay-fb = 请别交。先交手续费才能追钱的，都是骗子，这是在骗您第二次。追钱只找公安，不花钱。
safety-after-scam-p4-send-fb = 银行卡号和转账记录，别发给陌生人，他会拿去再骗您。这些证据只交给派出所的民警。
safety-after-scam-p4-family-fb = 做得对！先问问家人。这种“追款律师”是骗子。追钱的事，找派出所。

safety-after-scam-q-2 = 您自己打了110。民警说：“请带上身份证、手机和转账记录，到派出所来。”您怎么办？
safety-after-scam-q-2-a-1 = 照着做，带上东西去派出所
safety-after-scam-q-2-a-1-feedback = 对！是您自己打的110，这是真民警在帮您。去派出所当面报案就对了。让家人陪您去更好。
safety-after-scam-q-2-a-2 = 不去，怕他也是骗子
safety-after-scam-q-2-a-2-feedback = 别担心，是您自己打的110，接电话的是真民警。他让您去派出所，不让您转账，这是真的。放心去。
safety-after-scam-q-2-a-3 = 先转点钱给他，请他快点办
safety-after-scam-q-2-a-3-feedback = 报警不花钱，一分钱也不用给。警察不会让您转账。带上东西去派出所就行。

safety-after-scam-q-3 = 您的老朋友被骗了钱，又后悔又觉得丢人，不敢告诉孩子。您跟她说什么？
safety-after-scam-q-3-a-1 = 你怎么这么傻，这也信
safety-after-scam-q-3-a-1-feedback = 这样说，她会更难过，更不敢说出来。被骗不是她的错，是骗子太狡猾。陪她去报警，劝她告诉孩子。
safety-after-scam-q-3-a-2 = 不是你的错。咱们一起去报警，也告诉孩子
safety-after-scam-q-3-a-2-feedback = 说得好！被骗不是她的错。说出来，大家一起想办法，心里也好受些。
safety-after-scam-q-3-a-3 = 算了，谁也别告诉
safety-after-scam-q-3-a-3-feedback = 瞒着不说，钱更难追回来，骗子还可能再找上门。陪她去报警，劝她告诉孩子。

safety-after-scam-explain-7 = 记住：发现被骗，马上停手，不再转钱。打110报警，告诉家人。证据都留着，再打银行卡背面的电话冻结银行卡。心里难受，就跟家人、朋友说一说。被骗了，不是您的错。
