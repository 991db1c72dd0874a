# 课程：刷单返利
safety-order-brushing-title = 刷单返利
safety-order-brushing-remember = 先给您小钱、再让您垫钱的兼职，都是骗局。一分钱也别垫。

safety-order-brushing-explain-1 = 有人拉您进群，说在家就能做兼职：给视频点个赞，关注店铺，写句好评，一天能赚两百元。这就是“刷单返利”骗局。公安部说，2022年差不多每三件诈骗案，就有一件是它。
safety-order-brushing-explain-2 = 骗子先给小甜头。您点几个赞，他真给您转几块钱，好让您相信。群里很多人晒收款截图，说自己赚到了。这些人多半是骗子自己扮的，截图也能造假。

# 共用的名字
safety-order-brushing-teacher = 派单老师小雨

safety-order-brushing-p1 = 邻居把您拉进了一个兼职群。群里的人都在晒钱。别信，他们多半是骗子扮的。这一次，请您点：我不做了，这就退群。
safety-order-brushing-p1-group = 居家兼职福利群（268）
safety-order-brushing-p1-member-1 = 开心就好
safety-order-brushing-p1-member-2 = 退休老李
safety-order-brushing-p1-member-3 = 幸运星
safety-order-brushing-p1-m1 = 今日任务：给视频点赞，截图发给我，每单佣金三元。在家动动手指，一天轻松两百元！
safety-order-brushing-p1-m2 = 【收款截图】微信转账 ¥268.00 已收款
safety-order-brushing-p1-m2-speech = 收款截图：微信转账，两百六十八元，已收款。
safety-order-brushing-p1-m3 = 我退休在家，昨天做了十几单，钱都到账了，谢谢老师！
safety-order-brushing-p1-m4 = 刚提现成功，老师靠谱！
safety-order-brushing-p1-join = 我也想赚，怎么报名？
safety-order-brushing-p1-leave = 我不做了，这就退群
safety-order-brushing-p1-try = 先做一单试试，就点个赞
safety-order-brushing-p1-leave-fb = 做得对！在家点赞就能赚钱，是骗子的话。退群以后，再和家人说一说。
safety-order-brushing-p1-join-fb = 先别报名。群里晒钱的人，多半是骗子扮的。点赞赚钱只是开头，后面就会要您垫钱。退群就好。
safety-order-brushing-p1-try-fb = 一单也别试。点个赞、拿几块钱，是骗子下的鱼饵，后面就要您垫钱。退群就好。
safety-order-brushing-p1-family-fb = 很好！让家人帮您看一看。这是刷单骗局，退群就好。
safety-order-brushing-p1-volunteer-fb = 很好！问问志愿者最稳妥。这是刷单骗局，退群就好。

safety-order-brushing-p2 = 假如您已经点了几个赞。派单老师私下发来消息。您怎么做？
safety-order-brushing-p2-m1 = 恭喜您完成新手任务！佣金已经发给您了。
safety-order-brushing-p2-m2 = 微信转账 ¥5.00 已收款
safety-order-brushing-p2-m2-speech = 微信转账，五元，已收款。
safety-order-brushing-p2-m3 = 明天带您做商家任务，一单能赚几百元。名额有限，先别告诉家人，他们不懂这个。
safety-order-brushing-p2-continue = 谢谢老师！明天我接着做
safety-order-brushing-p2-stop = 这是小甜头，我不做了
safety-order-brushing-p2-card = 我把银行卡号发你，以后打钱方便
safety-order-brushing-p2-stop-fb = 做得对！这五元是鱼饵，为的是让您相信他。“商家任务”就是要您先垫钱。他不让告诉家人，您更要告诉家人。
safety-order-brushing-p2-continue-fb = 先停一停。给您几块钱，是为了让您相信。商家任务要您先垫钱，垫了就拿不回来。别再做了，和家人说一说。
safety-order-brushing-p2-card-fb = 银行卡号别发给不认识的人。他先给小钱，后面就要您垫钱。别再做了，告诉家人。
safety-order-brushing-p2-family-fb = 很好！他不让您告诉家人，您偏要告诉。家人多看一眼，您就多一分安全。

safety-order-brushing-explain-3 = 接着，骗子说要做“商家任务”：您先垫钱买东西，马上连本带佣金退给您。垫了钱，他又说您操作错了，账户冻结了，要再交钱“解冻”。钱越垫越多，一分也拿不回来。

safety-order-brushing-p3 = 假如您已经垫了几次钱。派单老师又发来这些话。您怎么做？
safety-order-brushing-p3-m1 = 您这一单操作超时，系统把您的账户冻结了。
safety-order-brushing-p3-m2 = 账户余额 ¥2,860.00（已冻结，无法提现）
safety-order-brushing-p3-m2-speech = 账户余额：两千八百六十元，已冻结，不能提现。
safety-order-brushing-p3-m3 = 再充值两千元，做完这一组，马上解冻，本金和佣金一起提现。不充的话，前面的钱全部作废。
safety-order-brushing-p3-pay = 好，我再充两千，把钱拿回来
safety-order-brushing-p3-half = 我先充一千，行不行？
safety-order-brushing-p3-stop = 我不做了，一分钱也不再转
safety-order-brushing-p3-stop-fb = 做得对！“解冻费”是骗子的话，交多少都拿不回来。前面垫的钱，马上打110报警，再告诉家人。
safety-order-brushing-p3-report-fb = 做得对！举报他，一分也别再转。聊天记录别删，马上打110报警，再告诉家人。
safety-order-brushing-p3-block-fb = 做得对！拉黑他，不再听他说。聊天记录别删，马上打110报警，再告诉家人。
safety-order-brushing-p3-pay-fb = 请别再转。交了两千，他还会找别的理由要钱，前面的钱也回不来。马上停下，打110报警，告诉家人。
safety-order-brushing-p3-half-fb = 少转一点也不行，交多少都解不了冻。请一分也别再转，马上打110，告诉家人。
safety-order-brushing-p3-family-fb = 很好！马上告诉家人，一起打110报警。一分也别再转。
safety-order-brushing-p3-volunteer-fb = 很好！请志愿者帮您看看，再打110报警。一分也别再转。

safety-order-brushing-explain-4 = 不是所有的群都可怕。小区居民群里，常有社区的好消息：志愿活动、免费的课。不要您交钱、不要您垫钱，就可以放心看，放心参加。拿不准，就去居委会当面问问。

safety-order-brushing-p4 = 您住的小区有个居民群。社区的小陈发了一条通知。您怎么做？
safety-order-brushing-p4-group = 幸福里社区居民群（356）
safety-order-brushing-p4-worker = 社区网格员小陈
safety-order-brushing-p4-neighbor = 三号楼刘阿姨
safety-order-brushing-p4-m1 = 各位居民好！本周六上午九点，社区活动室有免费手机课，志愿者手把手教大家用手机。
safety-order-brushing-p4-m2 = 不收任何费用，不用转账，带上手机就行。想来的请在群里回复报名。
safety-order-brushing-p4-m3 = 报名，谢谢社区！
safety-order-brushing-p4-join = 报名，我周六去
safety-order-brushing-p4-fee = 要交报名费吗？我先转五十元
safety-order-brushing-p4-leave = 不去了，群里的消息都是骗人的
safety-order-brushing-p4-join-fb = 做得对！这是社区不要钱的活动，可以放心报名。周六带上手机去就行。
safety-order-brushing-p4-fee-fb = 不用转钱。通知里写着：不收任何费用。直接回复报名就好。谁在群里让您先交钱，那才要小心。
safety-order-brushing-p4-leave-fb = 小心是好事。可这条通知不要钱，是社区的活动，可以放心报名。拿不准，就去居委会问问。
safety-order-brushing-p4-family-fb = 问问家人也好。这条通知不要您交钱，是社区的活动，可以放心报名。

safety-order-brushing-q-1 = 兼职群里说：“先垫付三百元做商家任务，马上返您三百六十元。”这是什么？
safety-order-brushing-q-1-a-1 = 好机会，垫得越多，赚得越多
safety-order-brushing-q-1-a-1-feedback = 这是骗局。先让您垫钱的兼职，钱垫进去就拿不回来。一分也别垫。
safety-order-brushing-q-1-a-2 = 是骗局，让我先垫钱的兼职都是骗子
safety-order-brushing-q-1-a-2-feedback = 答对了！正经的工作只给您发工钱，不会让您先掏钱。
safety-order-brushing-q-1-a-3 = 先垫一次试试，返了钱再说
safety-order-brushing-q-1-a-3-feedback = 第一次常常真返钱，为的是让您垫更多。一次也别试。

safety-order-brushing-q-2 = 派单老师说：“账户冻结了，再交两千元才能解冻提现。”您怎么办？
safety-order-brushing-q-2-a-1 = 再交两千，把前面的钱拿回来
safety-order-brushing-q-2-a-1-feedback = 交了还会有下一笔，钱只会越陷越深。别再转，马上打110，告诉家人。
safety-order-brushing-q-2-a-2 = 一分也不再转，打110报警，告诉家人
safety-order-brushing-q-2-a-2-feedback = 答对了！越早报警越好。聊天记录和转账记录别删，报警时要用。
safety-order-brushing-q-2-a-3 = 不好意思告诉家人，自己想办法凑钱
safety-order-brushing-q-2-a-3-feedback = 这不丢人，骗子很会骗人。越早说，越能少受损失。请马上告诉家人，打110。

safety-order-brushing-q-3 = 下面哪一条消息，可以放心？
safety-order-brushing-q-3-a-1 = 社区群：周六有免费手机课，不收任何费用
safety-order-brushing-q-3-a-1-feedback = 答对了！不要钱的社区活动，可以放心参加。拿不准，就去居委会问问。
safety-order-brushing-q-3-a-2 = 兼职群：点赞一天赚两百元，先交会员费
safety-order-brushing-q-3-a-2-feedback = 这是刷单骗局。点赞赚钱还要先交钱，一定是骗子。
safety-order-brushing-q-3-a-3 = 派单老师：交钱解冻，才能提现
safety-order-brushing-q-3-a-3-feedback = “解冻费”是骗子的话，交多少都拿不回来。一分也别交。

safety-order-brushing-explain-5 = 要是已经转了钱，马上停下，一分也别再转。打110报警，聊天记录和转账记录都别删。再告诉家人。在《被骗了怎么办》这一课里，还会细讲。
