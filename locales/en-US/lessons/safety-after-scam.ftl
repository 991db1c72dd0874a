# Lesson: If you've been cheated
safety-after-scam-title = If you've been cheated
safety-after-scam-remember = When you find out it was a scam, stop at once and don't send another cent. Call 110 to report it, and tell your family.

safety-after-scam-explain-1 = Being cheated is not your fault. Scammers do this for a living. Young people and well-educated people get fooled too. Don't feel ashamed, and don't keep it to yourself. The sooner you report it, the better the chance of getting your money back.
safety-after-scam-explain-2 = First: stop at once. Don't send another cent. Scammers often say: "Pay one more unfreezing fee, and you'll get all your money back." That is a trick to get more money from you. Even if they promise a refund, don't believe it. Stop answering their messages and their calls.
safety-after-scam-explain-3 = Second: call 110 right away to report it, or go to the nearest police station. The sooner, the better. Then tell your family and let them stay with you. If you are not sure about something, you can also call the anti-fraud line 96110 to ask.

safety-after-scam-field = Number
safety-after-scam-call = Call

safety-after-scam-p1 = You put money into an "investment platform". Now you can't take it out, and they have stopped answering. You realize you have been cheated. Please type 110, then tap the green Call button.
safety-after-scam-p1-call-fb = You're through! Tell the officer clearly: when and how you were cheated, how much you sent, and where it went. If the officer asks you to come to the police station, bring your ID card, your phone and your bank card.
safety-after-scam-p1-wrong = That number is not right. To report to the police, call 110: press one, one, zero. Press delete to fix a mistake.
safety-after-scam-p1-empty = First use the number keys below: press one, one, zero. Then tap the green Call button.
safety-after-scam-p1-family-fb = Telling your family matters a lot. But call 110 first; the sooner, the better. Then call your family.
safety-after-scam-p1-volunteer-fb = Getting help is good. You can call too: press one, one, zero, then tap the green Call button.

safety-after-scam-p2 = You try to take your money out of an "investment platform", but it won't come out. The platform's "customer service" sends you these messages. How do you reply?
safety-after-scam-p2-title = Investment platform online service
safety-after-scam-p2-m1 = Hello, your account holds eighty-six thousand yuan, and you can take it out now.
safety-after-scam-p2-m2 = But you made a mistake, so your account is frozen. Pay an unfreezing fee of five thousand yuan first, and all the money will arrive at once.
safety-after-scam-p2-m3 = If you don't pay today, everything in the account is wiped out. Don't tell your family. They won't understand.
safety-after-scam-p2-pay = All right, I'll transfer one last time
safety-after-scam-p2-borrow = I have no money left, I'll borrow some first
safety-after-scam-p2-stop = I won't send another cent. I'm going to the police
safety-after-scam-p2-stop-fb = Well done! Anyone who makes you pay before you can take your money out is a scammer. After this fee there would be another one. Call 110 now, then tell your family.
safety-after-scam-p2-pay-fb = Please don't send it. After the unfreezing fee, they will ask for a tax, then a deposit, one payment after another, and the money still won't come out. Stop now and call 110.
safety-after-scam-p2-borrow-fb = Please don't borrow money to pay this. Even if you pay, the money won't come out, and you would owe a debt as well. Stop now, call 110, and tell your family.
safety-after-scam-p2-family-fb = Well done! They don't want you to tell your family because your family would warn you. Talk to your family first, then go to the police together.

safety-after-scam-explain-4 = Third: keep the evidence and delete nothing. Keep the chat messages, the payment records, the other person's phone number and account, and any app they had you install. Take screenshots where you can. When you go to the police station, bring your ID card, your phone and your bank card.

safety-after-scam-q-1 = You are about to go to the police station to report it. What do you do with your chats with the scammer on your phone?
safety-after-scam-q-1-a-1 = It's too embarrassing. Delete them all
safety-after-scam-q-1-a-1-feedback = Please don't delete them, and there is nothing to be embarrassed about. The chats are evidence, and the police need to see them. Keep everything and bring your phone to the police station.
safety-after-scam-q-1-a-2 = Keep them all, and the payment records and their number too
safety-after-scam-q-1-a-2-feedback = That's right! The chats, the payment records, their number and their account are all evidence. Bring your phone and show them to the police.
safety-after-scam-q-1-a-3 = Delete the app the scammer had me install, so I don't have to see it
safety-after-scam-q-1-a-3-feedback = Don't delete it yet. That app holds evidence too, and the police may need to see it. Let the police look first, then do what they say.

safety-after-scam-explain-5 = Fourth: call your bank and ask them to freeze your card, so no more money can be taken. Call the number printed on the back of your bank card, or go to the bank counter. Never call a number the scammer gave you. If you told anyone your password or a verification code, change your password right away.

safety-after-scam-p3 = A few days ago you sent money to an "investment teacher". Today your phone rings. Look at what the screen says. What do you do?
safety-after-scam-p3-caller = 96110
safety-after-scam-p3-tag = Anti-fraud line
safety-after-scam-p3-answer-fb = Well done! 96110 is the police anti-fraud line. They found that you may have been cheated, and they are calling to help. Listen and do what they say: send no more money, and report it at the police station. They will never ask you to transfer money.
safety-after-scam-p3-decline-fb = 96110 is the police anti-fraud line, calling to help you, so please answer. If you missed the call, that's all right: you can call back yourself by dialing 96110.
safety-after-scam-p3-family-fb = Asking your family is good. But 96110 is the police anti-fraud line, calling to help you. Answer first and listen, then tell your family.

safety-after-scam-explain-6 = Watch out for being cheated a second time. After a scam, people often contact you saying they are lawyers, a money-recovery company, or even the police. They say: pay a fee, and we will get your money back. They are scammers too. Even if they know what happened to you, don't believe them. The police are the ones who get money back, and they never charge you a cent.

safety-after-scam-p4 = Someone added you as a contact and sent these messages. How do you reply?
safety-after-scam-p4-title = Recovery lawyer Zhang
safety-after-scam-p4-m1 = Hello, I heard you were cheated out of eighty thousand yuan online. I am a lawyer who helps people get their money back.
safety-after-scam-p4-m2 = We work with the police, and we have already helped over a thousand people recover their money.
safety-after-scam-p4-m3 = Pay a fee of three thousand yuan first, and you'll have it all back within three days. Don't tell anyone, or the word will get out.
safety-after-scam-p4-pay = All right, I'll pay the fee. Please help me
safety-after-scam-p4-refuse = I won't pay. I'll go to the police station about my money
safety-after-scam-p4-send = I'll send you my bank card number and payment records
safety-after-scam-p4-refuse-fb = Well done! Anyone who says a fee will get your money back is a scammer. Leave it to the police; it costs you nothing. Take a screenshot of this chat too, and tell the police.
safety-after-scam-p4-pay-fb = Please don't pay. Anyone who wants a fee before getting your money back is a scammer, trying to cheat you a second time. Only the police recover money, and it's free.
safety-after-scam-p4-send-fb = Don't send your bank card number or payment records to a stranger. He would use them to cheat you again. Give this evidence only to the police at the station.
safety-after-scam-p4-family-fb = Well done! Ask your family first. A "recovery lawyer" like this is a scammer. For your money, go to the police station.

safety-after-scam-q-2 = You called 110 yourself. The officer says: "Please bring your ID card, your phone and your payment records to the police station." What do you do?
safety-after-scam-q-2-a-1 = Do as he says and take them to the police station
safety-after-scam-q-2-a-1-feedback = That's right! You called 110 yourself, so this is a real officer helping you. Reporting it in person at the station is the right thing. It's even better if a family member goes with you.
safety-after-scam-q-2-a-2 = Don't go, he might be a scammer too
safety-after-scam-q-2-a-2-feedback = Don't worry. You called 110 yourself, so a real officer answered. He asks you to come to the station, not to transfer money. This is real. You can go with confidence.
safety-after-scam-q-2-a-3 = Send him a little money first, so he works faster
safety-after-scam-q-2-a-3-feedback = Reporting to the police is free; you don't pay anything. The police never ask you to transfer money. Just take your things to the station.

safety-after-scam-q-3 = An old friend of yours was cheated out of money. She feels foolish and ashamed and doesn't dare tell her children. What do you say to her?
safety-after-scam-q-3-a-1 = How could you be so silly and believe that?
safety-after-scam-q-3-a-1-feedback = Saying this would make her feel worse and even less willing to talk. Being cheated is not her fault; scammers are very cunning. Go with her to the police, and encourage her to tell her children.
safety-after-scam-q-3-a-2 = It's not your fault. Let's go to the police together and tell your children
safety-after-scam-q-3-a-2-feedback = Well said! Being cheated is not her fault. Talking about it lets everyone help, and she will feel better too.
safety-after-scam-q-3-a-3 = Never mind, don't tell anyone
safety-after-scam-q-3-a-3-feedback = Keeping it secret makes the money harder to get back, and the scammers may come back for more. Go with her to the police, and encourage her to tell her children.

safety-after-scam-explain-7 = Remember: when you find out it's a scam, stop at once and send no more money. Call 110 to report it and tell your family. Keep all the evidence, and call the number on the back of your bank card to freeze it. If you feel upset, talk to your family and friends. Being cheated is not your fault.
