# 课程：说要退款的“客服”（防范诈骗，第 2 课）
safety-screen-sharing-title = 说要退款的“客服”
safety-screen-sharing-remember = 不共享屏幕，不说验证码。真退款，在官方应用里就能办。

safety-screen-sharing-explain-1 = 有人自称购物网站或快递公司的“客服”，说您买的东西有问题，要给您退款或赔钱。
safety-screen-sharing-explain-2 = 接着他让您下载会议软件，打开“屏幕共享”。这样他就能看到您手机上的一切，包括验证码和密码。

safety-screen-sharing-sim-1-instruction = “客服”发来了几条消息。请读一读，然后选一个安全的做法。
safety-screen-sharing-sim-1-agent = “官方客服”
safety-screen-sharing-sim-1-message-1 = 您好，您买的商品有质量问题，我们给您退款 200 元。
safety-screen-sharing-sim-1-message-2 = 请下载会议软件，打开“屏幕共享”，我一步一步教您操作。
safety-screen-sharing-sim-1-message-3 = 等会儿您会收到一条验证码，请发给我。
safety-screen-sharing-sim-1-refuse = 做得对！不共享屏幕，不给验证码，直接结束聊天，您的钱就安全了。
safety-screen-sharing-sim-1-call-contact = 很好！先给家人打个电话商量一下，骗子就没办法了。
safety-screen-sharing-sim-1-share-screen = 共享屏幕后，对方能看到您输入的密码和收到的验证码，就能把钱转走。真退款不需要共享屏幕。
safety-screen-sharing-sim-1-send-code = 验证码是用来转账和登录的，给了别人，钱就可能被转走。真客服不会向您要验证码。

safety-screen-sharing-explain-3 = 验证码就像您家的钥匙。不管谁来要，都不能给，说是“工作人员”也不行。

safety-screen-sharing-q-1 = “客服”说：“为了给您退款，请把刚收到的验证码念给我听。”您怎么做？
safety-screen-sharing-q-1-a-1 = 念给他听，早点拿到退款
safety-screen-sharing-q-1-a-1-feedback = 验证码一说出去，钱就可能被转走。真客服从来不会要验证码。
safety-screen-sharing-q-1-a-2 = 不说，挂断后到官方应用里查看订单
safety-screen-sharing-q-1-a-2-feedback = 答对了！退款的事，在购物应用的订单里就能查清楚。
safety-screen-sharing-q-1-a-3 = 打开屏幕共享，让他帮我操作
safety-screen-sharing-q-1-a-3-feedback = 共享屏幕会让他看到您的验证码和密码。请不要打开，挂断就好。

safety-screen-sharing-explain-4 = 真的退款，在购物应用的“订单”里就能办，不需要共享屏幕，也不需要验证码。
