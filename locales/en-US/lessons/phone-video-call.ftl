# Lesson: video calls with family (Using my phone)
phone-video-call-title = Video calls with family
phone-video-call-remember = In the chat, tap the plus, then Video call. When family calls you, tap the green button to answer.

phone-video-call-explain-1 = To see your children and grandchildren, make a video call. Open WeChat, find your child's chat, tap the plus at the bottom right, then tap "Video call".
phone-video-call-explain-2 = When family calls you by video, their picture and name appear on the screen. Tap the green button to answer; the red button hangs up.

phone-video-call-p1 = You want to video chat with your son. The plus is already open. Please tap Video call.
phone-video-call-p1-title = My son Ming
phone-video-call-p1-m1 = Mom, we'll bring the kids to see you this weekend.
phone-video-call-p1-m2 = Wonderful, I miss my grandson.
phone-video-call-p1-photo = Album
phone-video-call-p1-video-fb = Right! After you tap Video call, your son's phone rings. When he answers, you can see each other.
phone-video-call-p1-voice-fb = This is a voice call: you hear each other but can't see each other. To see your son, tap Video call.
phone-video-call-p1-photo-fb = This is for sending photos. To video chat with your son, tap Video call.

phone-video-call-p2 = Your phone is ringing, and the screen shows your son's photo and name. What do you do?
phone-video-call-p2-caller = My son Ming
phone-video-call-p2-invite = is inviting you to a video call
phone-video-call-p2-answer-fb = Well done! Tap the green button and the video call connects. Hold the phone a little away so your son can see your face.
phone-video-call-p2-decline-fb = The red button hangs up. That's fine: you can call him back with Video call in the chat.

phone-video-call-q-1 = A new number starts a video call. The "grandson" keeps freezing and asks to borrow money right away. What do you do?
phone-video-call-q-1-a-1 = He needs it urgently, send it now
phone-video-call-q-1-a-1-feedback = Don't send money yet. Scammers can now fake a person's face and voice with a computer. Hang up and call your grandson's usual number.
phone-video-call-q-1-a-2 = Hang up and call his usual number to check
phone-video-call-q-1-a-2-feedback = That's right! Video can be faked too. When money comes up, call his usual number. The safety lessons say more about this scam.
phone-video-call-q-1-a-3 = Ask him to send his bank card number
phone-video-call-q-1-a-3-feedback = Forget the card number for now. The person on the video may be fake. Hang up and call your grandson's usual number.
