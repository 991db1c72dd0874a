# Lesson: answer and make a video call with family (Using my phone, lesson 2)
phone-video-call-title = Video calls with family
phone-video-call-remember = The person on a video can be fake too: if money comes up, hang up and call back on the number you know.

phone-video-call-explain-1 = A video call lets you see your family's faces while you talk. When they call, your phone rings and shows their name.

phone-video-call-sim-1-instruction = Your granddaughter is calling you by video. Tap to answer, and say hello to her.
phone-video-call-sim-1-caller = Granddaughter (video call)
phone-video-call-sim-1-number = 010-0000-0001
phone-video-call-sim-1-answer = You're connected! Now you can see your granddaughter, and she can see you.
phone-video-call-sim-1-decline = That ends the call. It's alright, you can call her back. For this step, tap to answer.

phone-video-call-explain-2 = To video-call your family: open WeChat, open your chat with them, tap the "+" at the bottom right, then tap "Video Call".
phone-video-call-explain-3 = During the call, hold the phone steady with your face towards the screen. Sit somewhere bright so your family can see you clearly.
phone-video-call-explain-4 = Be careful: today, AI can fake a relative's face and voice. If someone on a video asks you for money, always check first.

phone-video-call-sim-2-instruction = A new number sends messages. It says it is your grandson and needs money fast. First, call a family member you trust to check.
phone-video-call-sim-2-agent = Grandson (new number)
phone-video-call-sim-2-message-1 = It's me! I have a new number. The video was bad just now, wasn't it?
phone-video-call-sim-2-message-2 = I'm in trouble and need 20,000 yuan right away. Please don't tell my parents.
phone-video-call-sim-2-message-3 = The bank will send you a code. Please send it to me too.
phone-video-call-sim-2-call-contact = Well done! Call your family on the number you know, and you will soon know the truth.
phone-video-call-sim-2-refuse = Ignoring him is safe. Even better, call your family as well, to make sure the child is fine.
phone-video-call-sim-2-share-screen = Sharing your screen lets the other person see everything on your phone, even passwords and codes. Don't agree to requests from unknown numbers.
phone-video-call-sim-2-send-code = A code is like the key to your wallet. Whoever has it can move your money. Please call your family first to check.

phone-video-call-q-1 = On a video call, your "grandson" says he needs money now and asks you to tell no one. What do you do?
phone-video-call-q-1-a-1 = I saw his face, so it must be him. Send the money
phone-video-call-q-1-a-1-feedback = Faces and voices can be faked today, so seeing him is not enough. Hang up, then call the number you know.
phone-video-call-q-1-a-2 = Hang up, then call him or his parents on the number I know
phone-video-call-q-1-a-2-feedback = Exactly right! Calling back on the number you know is the safest way.
phone-video-call-q-1-a-3 = Do as he says and tell no one in the family
phone-video-call-q-1-a-3-feedback = "Don't tell anyone" is a sign of a scam; scammers fear your family finding out. Please tell your family right away.
