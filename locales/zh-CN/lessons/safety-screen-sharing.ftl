# 课程：说要退款的“客服”（防范诈骗）
safety-screen-sharing-title = 说要退款的“客服”
safety-screen-sharing-remember = 不共享屏幕，不给验证码。退款就在购物APP自己的订单里办。

safety-screen-sharing-explain-1 = 骗子会冒充网店或快递的“客服”，说您买的东西有问题，要给您退款、赔钱。
safety-screen-sharing-explain-2 = 他会让您装一个开会用的软件，再打开“屏幕共享”，说这样好教您。一共享，您手机上的验证码、银行卡、密码，他都看得见。
safety-screen-sharing-explain-3 = 真退款，钱会原路退回，不用您操作。有问题，就自己打开购物APP，在订单里找客服。

safety-screen-sharing-p1 = 有人加您好友，发来这些话。您怎么回？
safety-screen-sharing-p1-title = 优品商城售后客服
safety-screen-sharing-p1-m1 = 您好，您上周买的保健枕质量有问题，我们要给您退款三百元。
safety-screen-sharing-p1-m2 = 请打开屏幕共享，我一步一步教您操作退款。
safety-screen-sharing-p1-share = 好的，我打开屏幕共享
safety-screen-sharing-p1-app = 不用了，我自己去购物APP的订单里看
safety-screen-sharing-p1-code = 我把收到的验证码发给你
safety-screen-sharing-p1-app-fb = 做得对！真要退款，购物APP的订单里就能看到，不用别人远程教。
safety-screen-sharing-p1-share-fb = 一共享屏幕，他就能看到您的验证码和银行卡，把钱转走。请别共享，自己去购物APP里查。
safety-screen-sharing-p1-code-fb = 验证码就像家门钥匙，给了别人，钱就可能被转走。谁要都不给。
safety-screen-sharing-p1-family-fb = 很好！先问问家人，最稳妥。

safety-screen-sharing-p2 = 手机上跳出这个窗口。您怎么做？
safety-screen-sharing-p2-behind = 会议助手
safety-screen-sharing-p2-dialog-title = 要开始共享屏幕吗？
safety-screen-sharing-p2-dialog-text = 会议助手将能看到您屏幕上的全部内容，包括密码、验证码和银行卡信息。
safety-screen-sharing-p2-start = 立即开始
safety-screen-sharing-p2-cancel-fb = 做得对！不共享屏幕，骗子就看不到您的密码和验证码。这个会议软件也可以删掉。
safety-screen-sharing-p2-start-fb = 开始共享，对方就能看到您的验证码和银行卡。要是已经共享了，马上关掉，打96110问一问。

safety-screen-sharing-p3 = 您自己打开了购物APP，看看订单。您怎么做？
safety-screen-sharing-p3-title = 我的订单
safety-screen-sharing-p3-item = 保健枕
safety-screen-sharing-p3-item-sub = 已申请退货
safety-screen-sharing-p3-refund = 退款成功：¥300.00 已原路退回
safety-screen-sharing-p3-refund-speech = 退款成功：三百元已经原路退回。
safety-screen-sharing-p3-details = 查看退款详情
safety-screen-sharing-p3-agent = 联系卖家
safety-screen-sharing-p3-details-fb = 对！在购物APP里自己查到的退款是真的，钱已经原路退回，不用谁来教您操作。
safety-screen-sharing-p3-agent-fb = 在购物APP里联系卖家也可以。这里已经写着退款成功了，看看详情就行。

safety-screen-sharing-q-1 = “客服”说：“不打开屏幕共享，就没法给您退款。”您怎么办？
safety-screen-sharing-q-1-a-1 = 听他的，打开屏幕共享
safety-screen-sharing-q-1-a-1-feedback = 一共享，您的验证码和银行卡他都能看到。真退款不用共享屏幕。
safety-screen-sharing-q-1-a-2 = 不共享，自己去购物APP的订单里看
safety-screen-sharing-q-1-a-2-feedback = 答对了！退款的事，就在购物APP自己的订单里办。
safety-screen-sharing-q-1-a-3 = 把银行卡号告诉他，让他直接打钱
safety-screen-sharing-q-1-a-3-feedback = 银行卡号、密码、验证码都不能告诉陌生人。真退款会原路退回，不用卡号。

safety-screen-sharing-q-2 = 不小心已经共享了屏幕，怎么办？
safety-screen-sharing-q-2-a-1 = 马上停止共享，删掉那个软件，打96110或110
safety-screen-sharing-q-2-a-1-feedback = 做得对！越快越好。再告诉家人，一起看看银行卡有没有异常。
safety-screen-sharing-q-2-a-2 = 继续共享，让他把退款办完
safety-screen-sharing-q-2-a-2-feedback = 请马上停下。他能看到您的一切，钱可能正在被转走。停止共享，打96110。
