# Lesson: Credit-record "repair" and "closing your account" (Staying safe from scams)
safety-credit-record-title = Credit-record "repair"
safety-credit-record-remember = Nobody can change your credit record for money. If a caller offers to "close an account" or "repair" your credit, hang up and ask at the bank counter yourself.

safety-credit-record-explain-1 = Your credit record is the record of the money you have borrowed and paid back. The People's Bank of China keeps it, at its credit reference center. Pay back on time, and your record stays good. Nobody can change it for money.
safety-credit-record-explain-2 = A scammer calls and says he is customer service for an online platform. He says you signed up for a "million-yuan cover" service, or opened a "student loan account" when you were young. Unless you close it, he says, your credit record will be damaged.
safety-credit-record-explain-3 = Then he tells you to move your money to a "safe account", or to borrow from several apps "to clear your limit". Once the money is sent, it is gone.

safety-credit-record-p1 = Your phone is ringing. Look at what the screen says. What do you do?
safety-credit-record-p1-caller = Unknown number
safety-credit-record-p1-tag = Suspected fraud
safety-credit-record-p1-decline-fb = Well done! Your phone warned you this may be a scam call, so not answering is right. Anyone with real business will find another way to reach you.
safety-credit-record-p1-answer-fb = Your phone warned you this may be a scam, so it is better not to answer. If you do answer, don't worry: as soon as you hear "credit record", "close your account" or "transfer", hang up.
safety-credit-record-p1-family-fb = Asking your family is good. This call is marked as suspected fraud, so you can simply not answer it.

safety-credit-record-rp-intro = Sometimes your phone gives no warning. Now practice taking a call like this. Each time the caller speaks, choose what to do. Take your time.
safety-credit-record-rp-caller = Says: payment platform service
safety-credit-record-rp-debrief = Nobody can change your credit record for money, and closing a service never means sending or borrowing money. When you get a call like this, hang up. If you are worried, call the number on the back of your bank card or ask at the bank counter, and tell your family.

safety-credit-record-rp-1 = Hello, this is customer service for your payment platform. Our system shows you signed up for a "million-yuan cover" service. From next month, money will be taken from your account every month.
safety-credit-record-rp-1-phrase = This is customer service for your payment platform
safety-credit-record-rp-1-hang-up = Hang up. I never signed up for that
safety-credit-record-rp-1-hang-up-fb = Well done! When a stranger calls about your account, hang up first. To check, open the app yourself, or ask at your bank.
safety-credit-record-rp-1-ask = Ask him: I never signed up. How did you get my number?
safety-credit-record-rp-1-ask-fb = Good question. Listen to the story he makes up. You can also hang up and open the app yourself to see if there is any such service.
safety-credit-record-rp-1-go-along = Oh no, what do I do? Please turn it off for me.
safety-credit-record-rp-1-go-along-fb = Don't rush. If you ever need to turn off a service, you can do it yourself in the app. No stranger needs to help.

safety-credit-record-rp-2 = If you don't close this service, it will be reported to your credit record. Once your credit is ruined, your children won't be able to buy a home or get a loan.
safety-credit-record-rp-2-phrase = Your children won't be able to buy a home or get a loan
safety-credit-record-rp-2-hang-up = Hang up and call the number on the back of my bank card
safety-credit-record-rp-2-hang-up-fb = Well done! He is using your children to scare you. Hang up, call the number on the back of your card yourself, and you will soon know the truth.
safety-credit-record-rp-2-ask = Ask him: can I close it in person at the bank counter instead?
safety-credit-record-rp-2-ask-fb = Good question. If there really is a problem, the bank counter can deal with it. If he does not want you to go to the bank, that shows even more that he is a scammer.
safety-credit-record-rp-2-go-along = I must not hurt my children. I will do whatever you say.
safety-credit-record-rp-2-go-along-fb = Don't be afraid. Your children will not be harmed by this. He is trying to scare you. You can hang up at any time and tell your family.

safety-credit-record-rp-3 = It must be done today. At five this afternoon the system reports you. Don't hang up, and I will guide you step by step.
safety-credit-record-rp-3-phrase = It must be done today
safety-credit-record-rp-3-hang-up = Hang up. This can wait
safety-credit-record-rp-3-hang-up-fb = Well done! The more someone hurries you, the more you should stop. Hang up, tell your family, and think it over together.
safety-credit-record-rp-3-ask = Ask him: why the rush? I want to ask my children first.
safety-credit-record-rp-3-ask-fb = Good question. A real bank never forces you to finish today, and never stops you from asking your family.
safety-credit-record-rp-3-go-along = All right, I won't hang up. Show me.
safety-credit-record-rp-3-go-along-fb = He wants you to stay on the line so you can't ask anyone. This is exactly the moment to hang up and ask your family.

safety-credit-record-rp-4 = Before we close it, we must check your funds. Please transfer the money on your card to our safe account. When we are done, we will send it all straight back.
safety-credit-record-rp-4-phrase = Transfer the money to our safe account
safety-credit-record-rp-4-hang-up = Hang up and don't transfer a single cent
safety-credit-record-rp-4-hang-up-fb = Well done! There is no such thing as a safe account. Anyone who asks you to transfer money like this is a scammer.
safety-credit-record-rp-4-ask = Ask him: which bank is this account at? I will ask at the counter.
safety-credit-record-rp-4-ask-fb = Good question, but you don't need to listen any longer. Anyone asking you to transfer money is a scammer. Just hang up.
safety-credit-record-rp-4-go-along = All right, I will go and transfer it now.
safety-credit-record-rp-4-go-along-fb = Please don't transfer anything. Money that is sent is very hard to get back. Hang up now and tell your family.

safety-credit-record-p2 = The next day, someone adds you on WeChat and sends these messages. How do you reply?
safety-credit-record-p2-title = Credit service, Agent Zhang
safety-credit-record-p2-m1 = Hello, this is Agent Zhang from credit service. There is a student loan account in your name that has not been closed.
safety-credit-record-p2-m2 = Before we can close it, you must borrow the full limit in several loan apps and transfer it to our supervised account to clear the limit.
safety-credit-record-p2-m3 = We will send it all back right after, and your credit will not be affected. It must be done today.
safety-credit-record-p2-borrow = OK, I'll borrow the money and send it to you
safety-credit-record-p2-counter = I won't borrow or transfer anything. I'll ask at the bank counter myself
safety-credit-record-p2-savings = Borrowing is too much trouble. Can I send my savings instead?
safety-credit-record-p2-counter-fb = Well done! For anything about your credit record, the bank counter will tell you clearly. If you sent him borrowed money, it would be gone, and you would still have to pay back the loans.
safety-credit-record-p2-borrow-fb = Please don't borrow and don't transfer. Borrowed money sent to him is gone, but you would still have to pay back the loans. Ask about your credit at the bank counter.
safety-credit-record-p2-savings-fb = Don't send your savings either. There is no "supervised account". Anyone asking you to transfer money is a scammer. Ask about your credit at the bank counter yourself.
safety-credit-record-p2-family-fb = Very good! Asking your family first is the safest thing. Always talk to your family before you borrow or send money.

safety-credit-record-q-1 = A caller says: "Pay three thousand yuan and we will delete the bad marks from your credit record." Is this true?
safety-credit-record-q-1-a-1 = Yes, if I pay, they can delete them
safety-credit-record-q-1-a-1-feedback = No, it is not true. Nobody can change your credit record for money. Anyone who says money can delete a record is a scammer.
safety-credit-record-q-1-a-2 = It is a scam. Nobody can change a credit record for money
safety-credit-record-q-1-a-2-feedback = That's right! Your credit record is kept by the People's Bank of China's credit reference center. Nobody can change it for money.
safety-credit-record-q-1-a-3 = Pay a little first, to see if it works
safety-credit-record-q-1-a-3-feedback = Don't pay anything. The record will not go away, and the money will not come back. Hang up and tell your family.

safety-credit-record-p3 = You get a text message from a bank. Read it. What do you do?
safety-credit-record-p3-sender = Fuman Bank
safety-credit-record-p3-body = [Fuman Bank] Dear customer, the statement for your credit card ending in 6608 is ¥1,250.00. Please pay by June 20. If you have questions, call the customer service number on the back of your card, or visit the counter at one of our branches.
safety-credit-record-p3-body-speech = Fuman Bank: Dear customer, the statement for your credit card ending in six six zero eight is one thousand two hundred fifty yuan. Please pay by June twentieth. If you have questions, call the customer service number on the back of your card, or visit the counter at one of our branches.
safety-credit-record-p3-back-fb = Well done! This is a real reminder from your bank: no link, no request to transfer money, only "call the number on your card or visit the counter". Keep it and pay on time. Paying on time keeps your credit record good.
safety-credit-record-p3-family-fb = Very good! Look at it together with your family. This is a real reminder from your bank: there is no link, and it does not ask you to transfer money. Just pay on time.
safety-credit-record-p3-delete-fb = You can delete it. But this is a real reminder from your bank: no link, and no request to transfer money. Remember to pay on time.
safety-credit-record-p3-block-fb = Don't block it. This is a real reminder from your bank. If you block it, you won't get payment reminders any more. When you have read it, just press the back key.
safety-credit-record-p3-report-fb = No need to report this one. It has no link, does not ask you to transfer money, and only tells you to call the number on your card or visit the counter. It is a real reminder. When you have read it, just press the back key.

safety-credit-record-p4 = You want to ask about this statement. The customer service number from the back of your bank card is shown at the top of the screen. What do you do?
safety-credit-record-p4-card = Customer service number on the back of your bank card: 010-0000-0475
safety-credit-record-p4-card-speech = Customer service number on the back of your bank card: zero one zero, zero zero zero zero, zero four seven five.
safety-credit-record-p4-field = Number
safety-credit-record-p4-call = Call
safety-credit-record-p4-call-fb = Well done! The number printed on the back of your card is your bank's real customer service. Ask them anything you are unsure about. You can also take your card to the counter.
safety-credit-record-p4-wrong = That number is not right. Look at the top of the screen and type it one digit at a time: zero one zero, zero zero zero zero, zero four seven five. Press delete to fix a mistake.
safety-credit-record-p4-empty = First use the number keys below to type the number from the back of your card: zero one zero, zero zero zero zero, zero four seven five. Then tap the green button.

safety-credit-record-q-2 = You want to know if there is anything wrong with your credit record. What do you do?
safety-credit-record-q-2-a-1 = Take my ID card and ask at the bank counter
safety-credit-record-q-2-a-1-feedback = That's right! You don't need anyone's help to check it, and you can check it for free at least twice a year. If something is wrong, the counter will tell you what to do.
safety-credit-record-q-2-a-2 = Ask the customer service person who called me to check it
safety-credit-record-q-2-a-2-feedback = Don't ask the person who called you. He wants your money. Take your ID card and ask at the bank counter. That is the safest way.
safety-credit-record-q-2-a-3 = Pay an online "credit repair" company
safety-credit-record-q-2-a-3-feedback = No need to spend that money. Nobody can change your credit record for money. Just take your ID card and ask at the bank.

safety-credit-record-explain-4 = If there really is a problem with your credit record, take your ID card and ask at the bank counter. If you are worried, call the number printed on the back of your bank card, or call 96110. Then tell your family.
