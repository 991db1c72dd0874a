# 课程：荐股群、“老师带单”（防范诈骗）
safety-fake-investment-title = 荐股群、“老师带单”
safety-fake-investment-remember = 又说保本，又说高收益，一定是骗局。买理财，只去自己的银行。

safety-fake-investment-explain-1 = 假的投资理财，是骗走钱最多的骗局。2022年公安部说，被骗走的钱里，大约三分之一是它骗走的。在美国，六十岁以上的老人，也是在这种骗局上亏得最多。
safety-fake-investment-explain-2 = 骗局常常这样开头：有人把您拉进一个“荐股群”。群里有位“老师”，天天免费推荐股票，好像还挺准。群里的人天天晒赚了钱，感谢老师。其实这些人，多半和“老师”是一伙的。

safety-fake-investment-p1 = 有人把您拉进了一个炒股的群。大家正说得热闹。您怎么做？
safety-fake-investment-p1-title = 牛股早知道交流群
safety-fake-investment-p1-teacher = 李老师
safety-fake-investment-p1-member-1 = 快乐老张
safety-fake-investment-p1-member-2 = 夕阳红
safety-fake-investment-p1-m1 = 昨天推荐的那只股票，大家都赚到了吧？
safety-fake-investment-p1-m2 = 跟着李老师，三天赚了八千！谢谢老师！
safety-fake-investment-p1-m3 = 老师太准了，我把养老钱都投进来了。
safety-fake-investment-p1-m4 = 明天我带大家走内部渠道，保本保息，一个月翻一倍。名额不多，想跟的，私信我的助理开户。
safety-fake-investment-p1-join = 我也想跟老师，怎么开户？
safety-fake-investment-p1-quit = 保本还翻倍？我不跟，这是骗局。
safety-fake-investment-p1-try = 我先投一千元试试看。
safety-fake-investment-p1-quit-fb = 做得对！又保本又翻倍，一定是骗局。还可以退出这个群：点右上角的三个点，拉到最下面，点退出群聊。
safety-fake-investment-p1-join-fb = 先别开户。又说保本，又说翻倍，只有骗局才这么说。群里叫好的人，多半是骗子的同伙。退出这个群，告诉家人。
safety-fake-investment-p1-try-fb = 一点也别投。骗子会先让您赚点小钱，好让您再投大钱。退出这个群，一分钱也不投。
safety-fake-investment-p1-family-fb = 很好！问问家人，多一个人帮您看。这个群说保本又翻倍，就是骗局，可以退出。
safety-fake-investment-p1-back-fb = 离开这个群聊，做得对。别再跟着“老师”买。最好退出这个群，别再看他推荐。

safety-fake-investment-explain-3 = 过几天，“老师”说有内部消息，要“带单”。他的助理发来一个链接，让您下载一个专门的APP，在里面开户。应用商店里没有、要从链接下载的APP，不要装。手机提醒“来源不明”“有风险”，就更不要装。

safety-fake-investment-p2 = 助理发来链接，让您下载炒股的APP。您点开以后，手机上出现了这个。您怎么做？
safety-fake-investment-p2-page-title = 金牛智投
safety-fake-investment-p2-page-text = 李老师学员专用通道。内部渠道，保本稳赚。应用商店搜不到，请在本页下载。
safety-fake-investment-p2-dialog-title = 下载提示
safety-fake-investment-p2-dialog-text = 这类文件可能会损害您的手机。它来自不明网站，没有经过安全检测。仍要下载吗？
safety-fake-investment-p2-download = 仍然下载
safety-fake-investment-p2-cancel-fb = 做得对！应用商店里没有、要从链接下载的APP，不要装。说“保本稳赚”的，就是骗子。
safety-fake-investment-p2-download-fb = 先别下载。手机已经提醒您有风险了。这种APP是骗子做的，里面“赚的钱”都是假的。点取消，再按返回键离开。
safety-fake-investment-p2-back-fb = 离开这个网页，做得对。这个APP不要装，链接也别再点。
safety-fake-investment-p2-family-fb = 很好！先问问家人。这个APP应用商店里没有，不要装。

safety-fake-investment-explain-4 = 骗子的APP里，数字天天涨。一开始，还真能取出几百元，这是给您的小甜头。等您投了大钱，想取出来，它就说要先交税、交手续费，或者说账户冻结了，要交“解冻费”。交了一笔，还有下一笔。那些数字是假的，钱早就被骗子拿走了。

safety-fake-investment-p3 = 您在“老师”给的APP里投了二十万元。现在想把钱取出来，APP里出现了这个。您怎么做？
safety-fake-investment-p3-title = 金牛智投
safety-fake-investment-p3-total-label = 总资产
safety-fake-investment-p3-total = ¥286,520.00
safety-fake-investment-p3-total-speech = 总资产，二十八万六千五百二十元。
safety-fake-investment-p3-profit = 累计收益：86,520.00
safety-fake-investment-p3-profit-speech = 累计收益，八万六千五百二十元。
safety-fake-investment-p3-notice = 提现审核未通过：请先缴纳收益的20%作为个人所得税和通道费，共¥17,304.00。缴纳后24小时内到账。
safety-fake-investment-p3-notice-speech = 提现没有通过。要先交收益的百分之二十，说是个人所得税和通道费，一共一万七千三百零四元。交了以后，二十四小时内到账。
safety-fake-investment-p3-pay = 立即缴费
safety-fake-investment-p3-service = 联系客服
safety-fake-investment-p3-pay-fb = 请别交。交了这一笔，还会有“保证金”“解冻费”，一笔接一笔。真的投资，取钱不用另外先交钱。现在就停手，打110报警，告诉家人。
safety-fake-investment-p3-service-fb = 这个“客服”和“老师”是一伙的，只会再编理由让您交钱。别找他。打110报警，或打96110问一问，再告诉家人。
safety-fake-investment-p3-family-fb = 做得对！告诉家人，一起打110报警。APP里的记录和转账记录都留着，别删，警察用得上。
safety-fake-investment-p3-volunteer-fb = 很好！志愿者会陪您报警。这笔钱，一分也不要交。
safety-fake-investment-p3-back-fb = 离开这个APP，一分钱也不交，做得对。接着打110报警，或者打96110问一问，再告诉家人。

safety-fake-investment-explain-5 = 真的投资都有风险，没有人能保证只赚不赔。谁说“保本又高收益”，谁就是骗子。买理财，就用您自己银行的APP，或者去银行柜台。买股票，只用您自己开过户的那家证券公司的APP。那里会写明有风险，收益也不会高得吓人。

safety-fake-investment-p4 = 您想存点钱，自己打开了福满银行的APP，看到这一页。您怎么做？
safety-fake-investment-p4-title = 福满银行
safety-fake-investment-p4-balance-label = 活期余额
safety-fake-investment-p4-balance = ¥52,300.00
safety-fake-investment-p4-balance-speech = 活期余额，五万两千三百元。
safety-fake-investment-p4-product = 稳健理财 90天
safety-fake-investment-p4-product-sub = 中低风险，不保本
safety-fake-investment-p4-product-rate = 年化 2.00%～2.80%
safety-fake-investment-p4-notice = 理财非存款，产品有风险，投资须谨慎。
safety-fake-investment-p4-details = 查看详情
safety-fake-investment-p4-buy = 立即购买
safety-fake-investment-p4-details-fb = 做得对！这是您自己打开的银行APP，这一页是正常的：收益不高，还写明了有风险、不保本。先看清详情，拿不准就去柜台问。
safety-fake-investment-p4-buy-fb = 在自己银行的APP里买，是可以的。不过先点查看详情，看清期限和风险。拿不准，就去柜台问，或者问问家人。
safety-fake-investment-p4-back-fb = 这一页其实是正常的：是您自己银行的APP，收益不高，还写着有风险。不用害怕，可以点开详情看看。
safety-fake-investment-p4-family-fb = 问问家人很好。这一页是正常的：银行自己的APP，收益不高，还说清了有风险。

safety-fake-investment-q-1 = 群里的“老师”说：“跟我买，保本保息，一个月赚三成。”这是真的吗？
safety-fake-investment-q-1-a-1 = 是真的，群里好多人都赚了
safety-fake-investment-q-1-a-1-feedback = 群里叫好的人，多半是骗子的同伙，赚钱的截图也能造假。又保本又高收益，一定是骗局。
safety-fake-investment-q-1-a-2 = 是骗局，保本又高收益的都是骗子
safety-fake-investment-q-1-a-2-feedback = 答对了！真的投资都有风险，没有人能保证只赚不赔。
safety-fake-investment-q-1-a-3 = 先投一点小钱试试
safety-fake-investment-q-1-a-3-feedback = 小钱会让您先“赚到”，这是小甜头，为的是让您投大钱。一分钱也别投。

safety-fake-investment-q-2 = APP里显示您赚了很多。可要取钱，得先交一笔“手续费”。您怎么办？
safety-fake-investment-q-2-a-1 = 交了就能取出来，赶紧交
safety-fake-investment-q-2-a-1-feedback = 交了还会有下一笔，钱还是取不出来。那些数字是假的。别交，打110报警。
safety-fake-investment-q-2-a-2 = 一分钱也不交，打110报警，告诉家人
safety-fake-investment-q-2-a-2-feedback = 做得对！越早报警越好。聊天记录和转账记录都留好，别删。
safety-fake-investment-q-2-a-3 = 找APP里的客服，商量少交一点
safety-fake-investment-q-2-a-3-feedback = 客服和“老师”是一伙的，只会再编理由要钱。别找他，打110，或者打96110问一问。

safety-fake-investment-q-3 = 想买点理财，在哪里买才稳妥？
safety-fake-investment-q-3-a-1 = 自己银行的APP，或者银行柜台
safety-fake-investment-q-3-a-1-feedback = 答对了！在自己的银行买，也要看清风险。拿不准，就问柜台，问家人。
safety-fake-investment-q-3-a-2 = 群里老师发链接让下载的APP
safety-fake-investment-q-3-a-2-feedback = 从链接下载的APP，多半是骗子做的，钱投进去就取不出来。买理财，只去自己的银行。
safety-fake-investment-q-3-a-3 = 陌生人打电话推荐的“高收益平台”
safety-fake-investment-q-3-a-3-feedback = 陌生电话推荐的平台，别信。收益说得越高，越要小心。买理财，去自己的银行。

safety-fake-investment-explain-6 = 如果钱已经投进去了，不要怕，也不要自己扛：马上停手，不再交任何钱。打110报警，或者打96110问一问。告诉家人。聊天记录和转账记录都留好，别删。
