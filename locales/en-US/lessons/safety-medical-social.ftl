# Lesson: Medical-card and pension-insurance scams
safety-medical-social-title = Medical-card and pension-insurance scams
safety-medical-social-remember = For medical insurance or social insurance, go and ask at the service window, or check in the official app.

safety-medical-social-explain-1 = Some scammers call and say they are from the medical-insurance bureau. They say your medical-insurance card was used to spend money in another city, and it will be frozen right away.
safety-medical-social-explain-2 = Then they say they will put you through to the "police". The "police officer" says you are in trouble and tells you to transfer your money so it can be "checked". The two callers work together.
safety-medical-social-explain-3 = The medical-insurance bureau never calls to say your card will be frozen, and never puts your call through to the police. Real police never ask you to transfer money.

safety-medical-social-p1 = The phone is ringing, and the screen says suspected fraud. You don't need to answer a call like this. Tap the red decline button.
safety-medical-social-p1-caller = Unknown number
safety-medical-social-p1-tag = Suspected fraud
safety-medical-social-p1-decline-fb = Well done! Your phone warned you this may be a scam, so not answering is right. If there really is a problem with your medical insurance, just ask at the service window.
safety-medical-social-p1-answer-fb = Your phone warned you this may be a scam, so it is better not to answer. If you do answer, don't worry: hang up as soon as you hear that your card will be frozen.
safety-medical-social-p1-family-fb = Asking your family is good. This call is marked as suspected fraud, so first tap the red decline button and don't answer.

safety-medical-social-rp-intro = Your phone cannot always spot a scam call. Now practice taking a call like this. Each time the caller speaks, choose what to do. Take your time.
safety-medical-social-rp-caller = Says: City Medical Insurance Bureau
safety-medical-social-rp-debrief = The medical-insurance bureau never calls to freeze your card, and never puts you through to the police. The police never ask you to transfer money. When you get a call like this, hang up. For your medical card, ask at the medical-insurance window. To reach the police, call 110 yourself. Then tell your family.

safety-medical-social-rp-1 = Hello, this is the city medical-insurance bureau. Yesterday your medical card was used in another city to buy more than eight thousand yuan of medicine. Was that you?
safety-medical-social-rp-1-phrase = This is the city medical-insurance bureau
safety-medical-social-rp-1-hang-up = Hang up and ask at the medical-insurance window myself
safety-medical-social-rp-1-hang-up-fb = Well done! The bureau doesn't call like this. To find out if anything is wrong with your card, just ask at the medical-insurance window.
safety-medical-social-rp-1-ask = Ask him: can I bring my card to the window tomorrow and ask in person?
safety-medical-social-rp-1-ask-fb = Good question. Anything real can be sorted out at the window. Listen to his answer.
safety-medical-social-rp-1-go-along = But I haven't been to another city. What should I do?
safety-medical-social-rp-1-go-along-fb = Don't worry. You haven't been away, yet he says you have. That makes it very likely he is a scammer. You can hang up at any time.

safety-medical-social-rp-2 = No need to come to the window. Your card was used to cheat the insurance fund, and it will be frozen today. After that, none of your medical bills will be covered.
safety-medical-social-rp-2-phrase = It will be frozen today
safety-medical-social-rp-2-hang-up = Hang up and don't let him scare me
safety-medical-social-rp-2-hang-up-fb = Well done! He is trying to scare you. A card is not frozen because of one phone call. Hang up, then ask at the window or call 12345.
safety-medical-social-rp-2-ask = Ask him: why won't you let me come to the window?
safety-medical-social-rp-2-ask-fb = Good question. Notice that he doesn't want you to go to the window. That is very suspicious.
safety-medical-social-rp-2-go-along = Please don't freeze it. I'll do what you say.
safety-medical-social-rp-2-go-along-fb = Don't be afraid. This is a scammer trying to scare you. You did nothing wrong, and you can hang up right now.

safety-medical-social-rp-3 = The case has gone to the police. I'll put you through to Officer Liu now. Please talk to him.
safety-medical-social-rp-3-phrase = I'll put you through to Officer Liu
safety-medical-social-rp-3-hang-up = Hang up and call 110 myself
safety-medical-social-rp-3-hang-up-fb = Well done! The medical-insurance bureau never puts calls through to the police. If you want the police, hang up and call 110 yourself.
safety-medical-social-rp-3-ask = Ask him: how can the insurance bureau put me through to the police?
safety-medical-social-rp-3-ask-fb = Good question. The real bureau never passes calls on like this. The "officer" who comes on the line is a scammer too.
safety-medical-social-rp-3-go-along = All right, put me through. I'll talk to the officer.
safety-medical-social-rp-3-go-along-fb = Don't wait. The "officer" is working with him. Hang up and call 110 yourself to reach the real police.

safety-medical-social-rp-4 = This is Officer Liu. To prove you are innocent, move your savings to our supervision account. Once we have checked, you get every cent back.
safety-medical-social-rp-4-phrase = Move your savings to our supervision account
safety-medical-social-rp-4-hang-up = Hang up and don't transfer a single cent
safety-medical-social-rp-4-hang-up-fb = Well done! The police never ask you to transfer money, and there is no such thing as a supervision account. Anyone who asks you to move money is a scammer.
safety-medical-social-rp-4-ask = Ask him: which bank is this account at? I'll ask at the counter.
safety-medical-social-rp-4-ask-fb = Good question, but you don't need to listen any longer. Anyone asking you to transfer money is a scammer. Just hang up.
safety-medical-social-rp-4-go-along = All right, I'll go and transfer it now.
safety-medical-social-rp-4-go-along-fb = Please don't transfer anything. Money that is sent is very hard to get back. Hang up now, call 110, and tell your family.

safety-medical-social-explain-4 = Other scammers say they are "social-insurance agents". Pay them a fee, and they will top up your social insurance so you get a bigger pension. Some texts say a pension bonus is ready and ask you to tap a link. No one can take a fee to raise your pension. Real social-insurance texts have no link and never ask for money.

safety-medical-social-p2 = You get a text message. What do you do?
safety-medical-social-p2-sender = Unknown number
safety-medical-social-p2-body = [Social Insurance Center] Your pension bonus has arrived. Tap the link below today to claim it, or it will be canceled.
safety-medical-social-p2-link-fb = This link was made by scammers. It asks for your bank card number and verification code. When you see a link like this, don't tap it. Just delete the text.
safety-medical-social-p2-delete-fb = Well done! This text is from scammers. Anyone can write "Social Insurance Center" at the start. A real bonus goes straight onto your card, with no link to tap.
safety-medical-social-p2-report-fb = Well done! Reporting it helps phones block it for everyone. Don't tap the link.
safety-medical-social-p2-family-fb = Very good! Ask your family and look at it together. This text has a link and rushes you to claim today, so it is a scam.

safety-medical-social-p3 = Someone added you on WeChat and sent these messages. How do you reply?
safety-medical-social-p3-title = Social insurance agent Mr. Li
safety-medical-social-p3-m1 = Hello, auntie! We have inside connections. We can top up your social insurance, so you get one thousand five hundred yuan more pension every month.
safety-medical-social-p3-m2 = First pay a fee of three thousand eight hundred yuan. There are only a few places, so decide today.
safety-medical-social-p3-pay = OK, I'll transfer the money to you
safety-medical-social-p3-id = I'll send you a photo of my ID card first
safety-medical-social-p3-window = No, thanks. I'll ask at the social-insurance window myself
safety-medical-social-p3-window-fb = Well done! Topping up social insurance is done only at the social-insurance window. There are no "inside connections", and paying a fee won't raise your pension.
safety-medical-social-p3-pay-fb = Please don't transfer anything. No one can take a fee to raise your pension. Once the money is sent, the person disappears. Ask at the social-insurance window, or call 12333.
safety-medical-social-p3-id-fb = Don't send a photo of your ID card to a stranger. Scammers can misuse it. For social insurance, ask at the social-insurance window.
safety-medical-social-p3-family-fb = Very good! Asking your family first is the safest. This person wants a fee up front, so he is a scammer.

safety-medical-social-p4 = Another text arrives. Look at who sent it and what it says. What do you do?
safety-medical-social-p4-sender = 12333
safety-medical-social-p4-body = [Social insurance reminder] You have not done this year's pension check yet. Please do it with a face scan in the official 12333 app, or bring your ID card to the social-insurance window. The check is free. If you have questions, call
safety-medical-social-p4-call-fb = Well done! 12333 is the social-insurance line, and this reminder is real. It has no link and asks for no money. Call 12333 to ask, or do the face scan in the official 12333 app.
safety-medical-social-p4-family-fb = Very good! This text is real. Ask your family to help you do the face scan in the official 12333 app, or go to the social-insurance window together.
safety-medical-social-p4-delete-fb = This text is real. It is a reminder from 12333, so there is no need to delete it. It has no link and asks for no money. Remember to do the check in the 12333 app or at the window.
safety-medical-social-p4-report-fb = 12333 is the social-insurance line, and this reminder is real, so there is no need to report it. It only sends you to the official app or the window, with no link and no fee.

safety-medical-social-q-1 = The caller says: "Your medical card has a problem. I'll put you through to the police." Is this true?
safety-medical-social-q-1-a-1 = Yes, I should do what the police say
safety-medical-social-q-1-a-1-feedback = The medical-insurance bureau never puts calls through to the police. This is an old scammer's trick. Hang up and ask at the medical-insurance window. To reach the police, call 110 yourself.
safety-medical-social-q-1-a-2 = It is a scam. Hang up and ask at the medical-insurance window myself
safety-medical-social-q-1-a-2-feedback = That's right! For your medical card, ask at the medical-insurance window, or check in the national medical-insurance app.
safety-medical-social-q-1-a-3 = Give him my ID number so he can check
safety-medical-social-q-1-a-3-feedback = Don't give your ID number to a stranger. This is a scammer. Just hang up and ask at the medical-insurance window yourself.

safety-medical-social-q-2 = Someone says: "Pay two thousand yuan, and I'll get you a bigger pension." What do you do?
safety-medical-social-q-2-a-1 = Pay. The extra pension soon makes up for it
safety-medical-social-q-2-a-1-feedback = Please don't pay. No one can take money to raise your pension. Once you pay, the person disappears. Ask at the social-insurance window, or call 12333.
safety-medical-social-q-2-a-2 = Pay half first and see if it works
safety-medical-social-q-2-a-2-feedback = Don't pay even half. Money you hand over is very hard to get back. This is a scam. Ask at the social-insurance window, or call 12333.
safety-medical-social-q-2-a-3 = Don't pay. Ask at the social-insurance window myself, or call 12333
safety-medical-social-q-2-a-3-feedback = That's right! For your pension, ask only at the social-insurance window, in the official 12333 app, or by calling 12333.

safety-medical-social-explain-5 = If you have a question, go and ask yourself. For medical insurance, go to the medical-insurance window, or use the national medical-insurance app. For social insurance and your pension, go to the social-insurance window, use the official 12333 app, or call 12333. If you feel unsure, tell your family first.
