# Lesson: Fake grandchild, AI face and voice (Staying safe from scams)
safety-fake-relative-title = Fake grandchild, AI face and voice
safety-fake-relative-remember = As soon as money comes up, hang up and call the number you have saved.

safety-fake-relative-explain-1 = One scam targets grandparents. A "grandson" calls, crying: "Grandma, it's me. I'm in trouble." He says he hit someone with the car, was arrested, or is in the hospital. He wants money right now, and he begs you not to tell his parents.
safety-fake-relative-explain-2 = Then someone else often comes on the line: a "police officer", a "teacher" or a "doctor", who tells you to hurry and send the money. Scammers also like to say: "I changed my number." So the call comes from a new number.
safety-fake-relative-explain-3 = Today a computer can learn to copy a person's voice, and can put someone else's face on a video. A few seconds of video from the internet are enough. Even if the face looks right and the voice sounds right, it may be fake.
safety-fake-relative-explain-4 = What do you do? As soon as money comes up, say: "I'll call you back." Then hang up. Call the number you have saved for your grandson, or call his parents. You can also ask about a small family matter that only your real grandson would know.

safety-fake-relative-p1 = A new WeChat account says it is your grandson Jun. When he mentions money, don't send it. This time, please reply: I'll call your old number first.
safety-fake-relative-p1-title = Jun
safety-fake-relative-p1-m1 = Grandma, it's Jun. I lost my phone, so this is my new WeChat.
safety-fake-relative-p1-m2 = I'm in trouble out of town and I need twenty thousand yuan right away. Please send it first, and don't tell Mom and Dad.
safety-fake-relative-p1-send = OK, I'll send it right now
safety-fake-relative-p1-call = I'll call your old number first
safety-fake-relative-p1-card = Send me your bank card number
safety-fake-relative-p1-call-fb = Well done! Call the number you saved for Jun, and you will know at once if it is him. Don't send a cent until you have checked.
safety-fake-relative-p1-send-fb = Don't send it yet. This new account may be a scammer. Reply: I'll call your old number first. Then call the number you saved for Jun.
safety-fake-relative-p1-card-fb = Asking for a card number means he is getting you ready to send money. Forget the card number for now, and call the number you saved for Jun to check it is him.
safety-fake-relative-p1-family-fb = Good idea! Call your family and ask whether Jun is really in trouble. Don't send a cent until you have checked.

safety-fake-relative-p2 = A new number starts a video call. It looks like your grandson, but the picture keeps freezing. What do you do?
safety-fake-relative-p2-status = Video frozen
safety-fake-relative-p2-caller = New number
safety-fake-relative-p2-says = Grandma, it's me! I hit someone with the car and I have to pay fifty thousand yuan. Please, send it to me quickly!
safety-fake-relative-p2-voice = Switch to voice call
safety-fake-relative-p2-hang-up-fb = Well done! A face on a video can be faked too. As soon as money comes up, hang up. Then call the number you saved for Jun and ask where he is.
safety-fake-relative-p2-voice-fb = With voice only, it is still the same person asking for money, and a voice can be copied very well. As soon as money comes up, hang up and call the number you saved for Jun.
safety-fake-relative-p2-family-fb = Good idea! First hang up the video call, then call your family and ask whether Jun is really in trouble.

safety-fake-relative-rp-intro = Now practice taking a call like this. Each time the caller speaks, choose what to do. Take your time.
safety-fake-relative-rp-caller = Unknown number
safety-fake-relative-rp-debrief = A real grandchild in trouble would not stop you from telling his parents, and would not just push you to send money. As soon as money comes up, say "I'll call you back" and hang up. Then call the number you have saved to check. Don't send a cent until you have checked.

safety-fake-relative-rp-1 = Grandma, it's me! I'm in trouble, please help me!
safety-fake-relative-rp-1-phrase = Grandma, it's me, I'm in trouble
safety-fake-relative-rp-1-hang-up = Hang up and call my grandson's saved number
safety-fake-relative-rp-1-hang-up-fb = Well done! Call the number you saved, and you will know whether he is really in trouble.
safety-fake-relative-rp-1-ask = Ask him: what is our cat's name?
safety-fake-relative-rp-1-ask-fb = Good question. Only your real grandson can answer it. A scammer will usually find an excuse not to.
safety-fake-relative-rp-1-go-along = Jun? What happened? Tell me!
safety-fake-relative-rp-1-go-along-fb = Try not to say your grandson's name first. The scammer is waiting for you to say it. You can hang up at any time and call the number you saved.

safety-fake-relative-rp-2 = Grandma, I hit someone with the car and I'm at the police station. Please don't tell Mom and Dad, they'll be so angry with me!
safety-fake-relative-rp-2-phrase = Please don't tell Mom and Dad
safety-fake-relative-rp-2-hang-up = Hang up and call his parents
safety-fake-relative-rp-2-hang-up-fb = Well done! "Don't tell your parents" is there to stop you from checking. One call to his parents, and you will know.
safety-fake-relative-rp-2-ask = Ask him: why does your voice sound different?
safety-fake-relative-rp-2-ask-fb = Good question. A scammer will say he has a cold or a bad line. A computer can copy a voice, so even if it sounds right, don't rush to believe it.
safety-fake-relative-rp-2-go-along = All right, I won't tell anyone.
safety-fake-relative-rp-2-go-along-fb = Keeping it from the family means nobody can warn you. This is exactly the moment to hang up and call his parents.

safety-fake-relative-rp-3 = Hello, this is the traffic police. Your grandson injured someone. The other side agrees to settle privately. Pay thirty thousand yuan and he won't go to jail.
safety-fake-relative-rp-3-phrase = This is the traffic police
safety-fake-relative-rp-3-hang-up = Hang up and call 110 myself
safety-fake-relative-rp-3-hang-up-fb = Well done! Real traffic police never ask you to send money over the phone. Hang up, call 110 yourself, and you will find out.
safety-fake-relative-rp-3-ask = Ask him: which traffic police station? I'll come in person.
safety-fake-relative-rp-3-ask-fb = Good question. Notice that he won't let you come. Anything real can be done in person.
safety-fake-relative-rp-3-go-along = Where do I send the money?
safety-fake-relative-rp-3-go-along-fb = Don't ask where to send it. A "police officer" who wants money sent privately over the phone is working with the scammer. Hang up and call 110.

safety-fake-relative-rp-4 = Grandma, I'm begging you! If you don't send the money within an hour, I'll go to jail!
safety-fake-relative-rp-4-phrase = If you don't send the money within an hour
safety-fake-relative-rp-4-hang-up = Say "I'll call you back", hang up, call the saved number
safety-fake-relative-rp-4-hang-up-fb = Well done! However hard he cries, hang up first. Calling the saved number takes a few minutes, and nothing is lost.
safety-fake-relative-rp-4-ask = Ask him: why can't I reach your old number?
safety-fake-relative-rp-4-ask-fb = Good question. He will say he lost his phone. You don't need his explanation: hang up and call his parents.
safety-fake-relative-rp-4-go-along = Don't cry, Grandma will send it now.
safety-fake-relative-rp-4-go-along-fb = Please don't send it. Money that is sent is very hard to get back. The more he pushes, the more you should stop. Hang up and call the saved number to check.

safety-fake-relative-p3 = Your phone is ringing. Look at who is calling. What do you do?
safety-fake-relative-p3-caller = Grandson Jun
safety-fake-relative-p3-invite = is inviting you to a video call
safety-fake-relative-p3-answer-fb = Well done! This is Jun as you saved him in your phone, calling from his usual WeChat. He just wants to show you his new apartment and says nothing about money. Enjoy the chat!
safety-fake-relative-p3-decline-fb = This is Jun from your saved contacts, so it is fine to answer. If you hung up, no problem: tap Video call in your chat with him to call back.
safety-fake-relative-p3-family-fb = You can always ask your family. But this is Jun from your saved contacts, and he is not asking for money, so it is fine to answer.

safety-fake-relative-p4 = A stranger added you on WeChat and sent these messages. How do you reply?
safety-fake-relative-p4-title = Ms. Li
safety-fake-relative-p4-m1 = Grandma, it's Tingting. It hurts so much, please help me...
safety-fake-relative-p4-m2 = I am Ms. Li, Tingting's homeroom teacher. Tingting fell at school and is in emergency care at the hospital.
safety-fake-relative-p4-m3 = The hospital needs a thirty thousand yuan deposit before the operation. Send the money to me and I'll pay it for her.
safety-fake-relative-p4-send = OK, I'll send it to you right now
safety-fake-relative-p4-parents = I'll call Tingting's parents first
safety-fake-relative-p4-account = Send me the hospital's account number
safety-fake-relative-p4-parents-fb = Well done! If Tingting were really hurt, her parents would know. Call the number you saved for them, and you will find out at once.
safety-fake-relative-p4-send-fb = Don't send it yet. A voice in a voice message can be copied by a computer too, and this "teacher" may be a scammer. Call Tingting's parents first.
safety-fake-relative-p4-account-fb = That account number would come from the same person, so it may be the scammer's. Don't send anything. Call Tingting's parents to check.
safety-fake-relative-p4-family-fb = Good idea! Call your family and ask whether Tingting is really hurt. Don't send a cent until you have checked.

safety-fake-relative-q-1 = On a video call, the "grandson" has just the right face and voice. He says he needs money urgently. Does that mean it must be him?
safety-fake-relative-q-1-a-1 = Yes, the face and voice are right
safety-fake-relative-q-1-a-1-feedback = Today a computer can copy a face and a voice, so it can look right and still be fake. As soon as money comes up, hang up and call his saved number.
safety-fake-relative-q-1-a-2 = Not necessarily. Hang up and call his saved number
safety-fake-relative-q-1-a-2-feedback = That's right! Faces and voices can be faked. The number you saved is what you can trust.
safety-fake-relative-q-1-a-3 = Ask him to turn his head and blink, then I can tell
safety-fake-relative-q-1-a-3-feedback = Fake videos today can turn and blink too, so you can't tell that way. The safest thing is to hang up and call his saved number.

safety-fake-relative-q-2 = The "grandson" calls from a new number and says: "I changed my number." Then he says he needs money urgently. Which number do you call to check?
safety-fake-relative-q-2-a-1 = This new number
safety-fake-relative-q-2-a-1-feedback = If you call the new number, the scammer answers again. Call the number you saved in your phone before.
safety-fake-relative-q-2-a-2 = The number I saved before, or his parents
safety-fake-relative-q-2-a-2-feedback = That's right! The number you saved before is how you reach your real grandson.
safety-fake-relative-q-2-a-3 = The number the "police officer" or "teacher" gave me
safety-fake-relative-q-2-a-3-feedback = A number they give you may belong to the same scammers. Call the number you saved yourself, and you will find out.

safety-fake-relative-explain-5 = If you have already sent money, call 110 right away, then tell your family. And agree with your children now: whoever asks to borrow money on the phone, you will first call their saved number to check.
