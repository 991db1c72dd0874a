# Lesson: "customer service" offers a refund (Staying safe from scams, lesson 2)
safety-screen-sharing-title = "Customer service" offers a refund
safety-screen-sharing-remember = Never share your screen and never give out a code. A real refund is done in the official app.

safety-screen-sharing-explain-1 = Someone says they are "customer service" from a shopping site or a courier. They say your order has a problem and offer a refund.
safety-screen-sharing-explain-2 = Then they ask you to install a meeting app and turn on "screen sharing". That lets them see everything on your phone, even codes and passwords.

safety-screen-sharing-sim-1-instruction = "Customer service" has sent you some messages. Read them, then choose a safe thing to do.
safety-screen-sharing-sim-1-agent = "Official" customer service
safety-screen-sharing-sim-1-message-1 = Hello, the item you bought has a quality problem. We will refund you 200 yuan.
safety-screen-sharing-sim-1-message-2 = Please install a meeting app and turn on "screen sharing". I will guide you step by step.
safety-screen-sharing-sim-1-message-3 = You will soon get a verification code. Please send it to me.
safety-screen-sharing-sim-1-refuse = Well done! No screen sharing, no code, chat ended. Your money is safe.
safety-screen-sharing-sim-1-call-contact = Good choice! Talk it over with your family first, and the scammer can do nothing.
safety-screen-sharing-sim-1-share-screen = With screen sharing, they can see the passwords you type and the codes you get, and take your money. A real refund never needs screen sharing.
safety-screen-sharing-sim-1-send-code = Codes are used to pay and to log in. Whoever has your code can move your money. Real customer service never asks for it.

safety-screen-sharing-explain-3 = A verification code is like your house key. Never give it to anyone who asks, even if they say they are "staff".

safety-screen-sharing-q-1 = "Customer service" says: "To give you the refund, please read me the code you just received." What do you do?
safety-screen-sharing-q-1-a-1 = Read it out, to get the refund sooner
safety-screen-sharing-q-1-a-1-feedback = Once you say the code, your money can be taken. Real customer service never asks for a code.
safety-screen-sharing-q-1-a-2 = Say nothing, hang up, and check the order in the official app
safety-screen-sharing-q-1-a-2-feedback = That's right! You can check any refund in your order, inside the shopping app.
safety-screen-sharing-q-1-a-3 = Turn on screen sharing so he can do it for me
safety-screen-sharing-q-1-a-3-feedback = Screen sharing would let him see your codes and passwords. Please don't turn it on; just hang up.

safety-screen-sharing-explain-4 = A real refund is done under "Orders" in the shopping app itself. It never needs screen sharing or a code.
