# 课程：先交钱的贷款（防范诈骗）
safety-fake-loan-title = 先交钱的贷款
safety-fake-loan-remember = 钱还没借到，就要您先交钱的，都是骗子。真要借钱，去自己的银行。

safety-fake-loan-explain-1 = 骗子在短信、网页广告和电话里说：“不看征信，不用抵押，当天到账。”手头紧的时候，这话听着很顺耳。可这只是钓人的鱼饵。
safety-fake-loan-explain-2 = 您装了他给的借钱APP，填好资料，钱却不到账。APP会说：“银行卡号填错了，钱被冻结了，要交解冻金。”还有的说要先交保证金、会员费、利息。客服还会说：“先转一笔钱，证明您还得起。”
safety-fake-loan-explain-3 = 记住一条：钱还没到您手里，就要您先交钱，这就是骗子。交了一次，还有下一次。借款永远不会到。

safety-fake-loan-p1 = 您收到一条借钱的广告短信。这种短信，点删除，或者点举报就好。链接不点。您来试试。
safety-fake-loan-p1-sender = 陌生号码
safety-fake-loan-p1-body = 【好运快借】尊敬的用户，您有一笔5万元备用金待领取！不看征信，无需抵押，最快10分钟到账。点击领取：
safety-fake-loan-p1-body-speech = 好运快借：尊敬的用户，您有一笔五万元备用金待领取！不看征信，无需抵押，最快十分钟到账。点击下面的链接领取。
safety-fake-loan-p1-delete-fb = 做得对！删掉就好。“不看征信、当天到账”，正是骗子的广告词。
safety-fake-loan-p1-report-fb = 做得对！举报以后，手机能帮大家拦住这个号码。链接别点。
safety-fake-loan-p1-link-fb = 这个链接别点。点开会让您装一个假的借钱APP，或者填银行卡号。请点删除，或者点举报。

safety-fake-loan-p2 = 您在一个借钱APP里，申请借五万元。过了一会儿，APP里出现了这个提醒。您怎么做？
safety-fake-loan-p2-title = 好运快借
safety-fake-loan-p2-label = 借款金额
safety-fake-loan-p2-amount = ¥50,000.00
safety-fake-loan-p2-amount-speech = 借款金额：五万元。
safety-fake-loan-p2-notice = 放款失败：您填写的银行卡号有误，借款已被冻结。请在30分钟内缴纳解冻金 ¥15,000.00，解冻后与借款一起退还。
safety-fake-loan-p2-notice-speech = 放款失败：您填写的银行卡号有误，借款已被冻结。请在三十分钟内缴纳解冻金一万五千元，解冻后与借款一起退还。
safety-fake-loan-p2-pay = 立即缴纳
safety-fake-loan-p2-service = 联系客服
safety-fake-loan-p2-back-fb = 做得对！一分钱也不交，离开这个APP。钱还没借到就要您交钱，就是骗子。再把这个APP删掉，告诉家人。
safety-fake-loan-p2-home-fb = 做得对！离开这个APP，一分钱也不交。真贷款不会冻结了再要您交钱。记得把它删掉，告诉家人。
safety-fake-loan-p2-family-fb = 很好！先给家人打电话。这个APP要您先交钱，就是骗子。一分钱也别交。
safety-fake-loan-p2-volunteer-fb = 很好！问问志愿者。这个APP要您先交钱，就是骗子。一分钱也别交。
safety-fake-loan-p2-pay-fb = 请别交。“冻结”是骗子编的，交了这一笔，他还会要下一笔，借款永远不会到。按返回键离开，告诉家人。
safety-fake-loan-p2-service-fb = 这个客服也是骗子，他只会催您交钱。别问他了，按返回键离开，告诉家人。

safety-fake-loan-q-1 = 借钱APP说：“您的卡号填错了，钱被冻结了。交一万五千元解冻金，马上放款。”这是真的吗？
safety-fake-loan-q-1-a-1 = 是真的，交了钱就能拿到借款
safety-fake-loan-q-1-a-1-feedback = 不是真的。卡号填错，改过来就行，不会要您交钱。交了这笔，还会有下一笔。一分钱也别交。
safety-fake-loan-q-1-a-2 = 是骗局，放款前要交钱的都是骗子
safety-fake-loan-q-1-a-2-feedback = 答对了！钱还没借到，就要您先交钱，一定是骗子。
safety-fake-loan-q-1-a-3 = 先交一半，看看能不能放款
safety-fake-loan-q-1-a-3-feedback = 一半也别交。骗子收了钱，只会再编一个新的费用。马上停下，告诉家人。

safety-fake-loan-p3 = 您在APP里找了客服。客服发来这些话。您怎么回？
safety-fake-loan-p3-title = 好运快借 在线客服
safety-fake-loan-p3-m1 = 您好，系统审核显示，您的还款能力不足，暂时不能放款。
safety-fake-loan-p3-m2 = 您需要先转8000元到我们的验证账户，证明您还得起。验证完，8000元和借款一起打给您。
safety-fake-loan-p3-m3 = 今天不办，额度就作废了，还会影响您的征信。
safety-fake-loan-p3-transfer = 好的，我这就转8000元
safety-fake-loan-p3-refuse = 我不转。放款前要我交钱，这钱我不借了
safety-fake-loan-p3-less = 我没有那么多，先转3000元行吗？
safety-fake-loan-p3-refuse-fb = 做得对！“证明还款能力”要您转钱，就是骗子。不借了，把这个APP删掉，告诉家人。
safety-fake-loan-p3-transfer-fb = 请别转。没有什么验证账户，钱一转出去，就被骗走了。回他“我不转”，然后告诉家人。
safety-fake-loan-p3-less-fb = 少一点也别转。他收了三千，还会想别的办法要更多。一分钱也别转，告诉家人。
safety-fake-loan-p3-family-fb = 很好！借钱、转钱的事，先和家人商量。要您先转钱的，就是骗子。

safety-fake-loan-explain-4 = 真要借钱，就去自己银行的柜台问，或者打开银行自己的APP。利息多少，写得清清楚楚。放款前，不要您交一分钱。借钱前，先和家人商量。

safety-fake-loan-p4 = 您和家人商量好了，想借点钱修房子。您自己打开了福满银行的APP，找到借款页面。您怎么做？
safety-fake-loan-p4-title = 福满银行
safety-fake-loan-p4-heading = 个人消费贷款
safety-fake-loan-p4-limit = 最高可借 ¥50,000.00
safety-fake-loan-p4-limit-speech = 最高可借五万元。
safety-fake-loan-p4-rate = 年利率 3.6%
safety-fake-loan-p4-rate-speech = 年利率百分之三点六。
safety-fake-loan-p4-example = 借1万元，用1年，利息约 ¥360
safety-fake-loan-p4-example-speech = 借一万元，用一年，利息大约三百六十元。
safety-fake-loan-p4-notice = 本行放款前不收任何费用。不会让您先转账，也不收保证金。
safety-fake-loan-p4-apply = 申请借款
safety-fake-loan-p4-contract = 查看借款合同
safety-fake-loan-p4-apply-fb = 做得对！这是银行自己的APP，是您自己打开的。利息写得清楚，放款前也不收钱。钱会直接打到您自己的卡上。
safety-fake-loan-p4-contract-fb = 很好！先看看合同，心里更有数。这是银行自己的APP，放款前不收钱，可以放心申请。
safety-fake-loan-p4-family-fb = 很好！和家人再一起看看。这个页面是真的：银行自己的APP，利息写得清楚，放款前不收钱。
safety-fake-loan-p4-back-fb = 不想借，离开也可以。不过这个页面是真的：银行自己的APP，放款前不收钱。真要借钱，就在这里办。

safety-fake-loan-q-2 = 您已经交了两千元“保证金”。对方又说：“再交五千元会员费，马上放款。”您怎么办？
safety-fake-loan-q-2-a-1 = 再交这一次，不然前面的钱就白交了
safety-fake-loan-q-2-a-1-feedback = 这样想很正常，可这正是骗子的办法：让您越交越多。别再交了，马上打110，告诉家人。
safety-fake-loan-q-2-a-2 = 一分钱也不再交，马上打110或96110，告诉家人
safety-fake-loan-q-2-a-2-feedback = 做得对！越早报警越好。转账记录和聊天记录都留着，别删。
safety-fake-loan-q-2-a-3 = 找亲戚朋友借钱，把会员费凑齐
safety-fake-loan-q-2-a-3-feedback = 别去借。这笔会员费交了，借款也不会来，亲戚的钱也会被骗走。马上打110，告诉家人。

safety-fake-loan-explain-5 = 已经交了钱，也别慌，别怪自己。马上停下，别再交。打110报警，或者打96110问一问。转账记录和聊天记录都留着，再告诉家人。
