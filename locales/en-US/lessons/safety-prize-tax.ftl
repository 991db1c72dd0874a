# Lesson: Prizes and tax refunds
safety-prize-tax-title = Prizes and tax refunds
safety-prize-tax-remember = A prize that wants money first is no prize. Tax refunds are handled only in the Individual Income Tax app.

safety-prize-tax-explain-1 = Some texts or calls say: "Congratulations, you won a big prize!" The prize is a car, a new phone, or a lot of cash. But you never entered this draw.
safety-prize-tax-explain-2 = Then they ask for money. Before you get the prize, you must pay income tax, then postage, then a notary fee. You pay one fee, and they ask for the next. The prize never comes. A real prize never asks you to send money to someone's account first.

safety-prize-tax-p1 = You get a text message. What do you do?
safety-prize-tax-p1-sender = Unknown number
safety-prize-tax-p1-body = [Anniversary Prize Draw] Congratulations! Your phone number won second prize: a car, or a cash prize of one hundred eighty thousand yuan. Tap the link below within 3 days to claim it, or it will expire.
safety-prize-tax-p1-body-speech = Anniversary Prize Draw: Congratulations! Your phone number won second prize: a car, or one hundred eighty thousand yuan in cash. Tap the link below within three days to claim it, or it will expire.
safety-prize-tax-p1-link-fb = Please don't tap this link. It asks for your ID number and bank card number, and then wants you to pay "taxes" first. You never entered a draw, so you cannot have won. Please delete the text.
safety-prize-tax-p1-delete-fb = Well done! You never entered this draw, so you cannot have won. Just delete it, and don't tap the link.
safety-prize-tax-p1-block-fb = Well done! Now this number can't send you texts anymore. Don't tap the link.
safety-prize-tax-p1-report-fb = Well done! Reporting it helps phones block this number for everyone. Don't tap the link.
safety-prize-tax-p1-family-fb = Very good! Tell your family and look at it together. This text is from scammers. Don't tap the link, just delete it.

safety-prize-tax-rp-intro = Prize scams often come by phone too. Now practice taking a call like this. Each time the caller speaks, choose what to do. Take your time.
safety-prize-tax-rp-caller = Says: Prize Draw Office
safety-prize-tax-rp-debrief = If you never entered a draw, you cannot win it. A real prize never makes you send money first. Anyone who wants tax or a notary fee first is a scammer. When you get a call like this, hang up and tell your family. If you are unsure, call 96110 to ask.

safety-prize-tax-rp-1 = Congratulations! Your phone number won second prize in our anniversary draw. It's a car!
safety-prize-tax-rp-1-phrase = Congratulations, you won second prize
safety-prize-tax-rp-1-hang-up = Hang up. I never entered a draw
safety-prize-tax-rp-1-hang-up-fb = Well done! You cannot win a draw you never entered. Just hang up.
safety-prize-tax-rp-1-ask = Ask him: I never entered a draw, so how could I win?
safety-prize-tax-rp-1-ask-fb = Good question. If you never entered, you cannot win. Listen to the story he makes up.
safety-prize-tax-rp-1-go-along = Really? Wonderful! How do I get it?
safety-prize-tax-rp-1-go-along-fb = Don't get excited yet. Nobody gives away cars for nothing. You never entered a draw, so he is very likely a scammer. You can hang up at any time.

safety-prize-tax-rp-2 = A computer picked your number from all the phone numbers in the country. You must finish the paperwork by five o'clock today. After that, the prize is gone.
safety-prize-tax-rp-2-phrase = After that, the prize is gone
safety-prize-tax-rp-2-hang-up = Hang up. I'm in no hurry
safety-prize-tax-rp-2-hang-up-fb = Well done! The more he rushes you, the less he wants you to think. A real prize doesn't disappear in a few hours.
safety-prize-tax-rp-2-ask = Ask him: can my son come with me tomorrow to collect it in person?
safety-prize-tax-rp-2-ask-fb = Good question. A real prize can be collected in person. Listen to whether he lets you come.
safety-prize-tax-rp-2-go-along = All right, I'll do it now, before it's gone.
safety-prize-tax-rp-2-go-along-fb = Don't rush. Making you hurry is a scammer's trick, so you have no time to think. You can hang up at any time.

safety-prize-tax-rp-3 = No need to come. We'll deliver the car to your home. Don't tell your family yet. Too many people talking, and someone else might claim your prize.
safety-prize-tax-rp-3-phrase = Don't tell your family yet
safety-prize-tax-rp-3-hang-up = Hang up and tell my family right away
safety-prize-tax-rp-3-hang-up-fb = Well done! Telling you to keep it from your family is a scammer's trick. Talk to your family, so someone else can look at it with you.
safety-prize-tax-rp-3-ask = Ask him: why can't I tell my children?
safety-prize-tax-rp-3-ask-fb = Good question. A real prize has nothing to hide from your family.
safety-prize-tax-rp-3-go-along = All right, I won't tell anyone.
safety-prize-tax-rp-3-go-along-fb = Keeping it from your family means nobody can warn you. This is exactly the moment to hang up and tell them.

safety-prize-tax-rp-4 = Before the car comes, you must pay the income tax and the notary fee, eight thousand six hundred yuan in all. Send it to our account, and the car arrives tomorrow.
safety-prize-tax-rp-4-phrase = Pay the income tax and the notary fee first
safety-prize-tax-rp-4-hang-up = Hang up and don't pay a single cent
safety-prize-tax-rp-4-hang-up-fb = Well done! A prize that wants money first is no prize. Tax and notary fees are just excuses to take your money.
safety-prize-tax-rp-4-ask = Ask him: can you take the tax out of the prize?
safety-prize-tax-rp-4-ask-fb = Good question, but you don't need to listen any longer. He will surely say no. Anyone who wants money first is a scammer. You can simply hang up.
safety-prize-tax-rp-4-go-along = All right, I'll go and send the money now.
safety-prize-tax-rp-4-go-along-fb = Please don't send anything. After this fee, he will ask for insurance and delivery fees, and the car will never come. Hang up now and tell your family.

safety-prize-tax-q-1 = A text says: "You won a car. Pay a notary fee of eight thousand yuan first, and the car is yours." What do you do?
safety-prize-tax-q-1-a-1 = Pay. A car is worth much more than eight thousand yuan
safety-prize-tax-q-1-a-1-feedback = Please don't pay. A prize that wants money first is no prize. After this fee comes another, and the car never comes. Delete the text and tell your family.
safety-prize-tax-q-1-a-2 = Don't pay. Delete the text and tell my family
safety-prize-tax-q-1-a-2-feedback = That's right! A real prize never makes you send money first. Just delete it.
safety-prize-tax-q-1-a-3 = Call the number in the text to ask if it's real
safety-prize-tax-q-1-a-3-feedback = The number in the text belongs to the scammers, so a scammer will answer. No need to ask, just delete it. If you are unsure, call 96110.

safety-prize-tax-explain-3 = Another kind of text says you have an income-tax refund and asks you to tap a link to get it. The page that opens looks very real. It asks for your bank card number, password and verification code. Once you type them in, the money on your card is taken.
safety-prize-tax-explain-4 = Real tax refunds are handled only in the Individual Income Tax app (个人所得税), or at the tax office's service hall. This app belongs to the tax office itself. The refund goes straight to the bank card you added in the app. The tax office never sends texts with links for refunds. People who only receive a pension usually pay no income tax, so they have no tax to get back.

safety-prize-tax-p2 = Another text arrives. What do you do?
safety-prize-tax-p2-sender = Unknown number
safety-prize-tax-p2-body = [Tax Refund Notice] Your yearly income-tax return has been checked. Refund due: 1,860.00 yuan. Tap the link below today and enter your bank card details to receive it, or you will lose it.
safety-prize-tax-p2-body-speech = Tax Refund Notice: Your yearly income-tax return has been checked. Refund due: one thousand eight hundred sixty yuan. Tap the link below today and enter your bank card details to receive it, or you will lose it.
safety-prize-tax-p2-link-fb = Please don't tap this link. A real refund needs no link and never asks for your bank card password. Please delete the text. To check for a refund, open the Individual Income Tax app yourself.
safety-prize-tax-p2-delete-fb = Well done! The tax office never sends links for refunds. Just delete it. To see if you have a refund, open the Individual Income Tax app yourself.
safety-prize-tax-p2-block-fb = Well done! Now it can't send you texts anymore. Refunds are only in the Individual Income Tax app.
safety-prize-tax-p2-report-fb = Well done! Reporting it helps block it for everyone. Don't tap the link. Refunds are only in the Individual Income Tax app.
safety-prize-tax-p2-family-fb = Very good! Ask your family. This text has a link and rushes you to act today, so it is from scammers. Refunds are only in the Individual Income Tax app.

safety-prize-tax-p3 = After you retired, you took a job again, and last year you paid income tax. Your daughter helped you apply for a refund in the Individual Income Tax app. Today you open the app yourself to look. What do you do?
safety-prize-tax-p3-title = Individual Income Tax
safety-prize-tax-p3-heading = Yearly income-tax settlement
safety-prize-tax-p3-label = Refund requested
safety-prize-tax-p3-amount = ¥326.00
safety-prize-tax-p3-amount-speech = Refund requested: three hundred twenty-six yuan.
safety-prize-tax-p3-card = Bank card for the refund
safety-prize-tax-p3-card-sub = Fuman Bank savings card ending in 6608
safety-prize-tax-p3-notice = Refund status: being reviewed by the tax office. Once approved, the refund will be paid to the bank card above.
safety-prize-tax-p3-details = View details
safety-prize-tax-p3-details-fb = Well done! This is the tax office's own app, and you opened it yourself. It asks for no money and no bank card password. Once the review is done, the money goes to your own card. Just wait calmly.
safety-prize-tax-p3-family-fb = Very good! Look at it with your daughter. This page is real: it is in the Individual Income Tax app, it asks for no money, and the refund goes to your own card.
safety-prize-tax-p3-back-fb = You can leave, that's fine. This page is real, and you don't need to do anything. Once the review is done, the money will go to your card by itself.

safety-prize-tax-p4 = A few days later, your bank sends a text. Take a look. What do you do?
safety-prize-tax-p4-sender = Fuman Bank
safety-prize-tax-p4-body = [Fuman Bank] Your savings card ending in 6608 received ¥326.00 on March 28. Note: income-tax refund. If you have questions, please call the customer service number on the back of your card.
safety-prize-tax-p4-body-speech = Fuman Bank: Your savings card ending in six six zero eight received three hundred twenty-six yuan on March twenty-eighth. Note: income-tax refund. If you have questions, please call the customer service number on the back of your card.
safety-prize-tax-p4-back-fb = Well done! This is a real notice from your bank: no link, and it asks nothing of you. Your refund has arrived, the same amount as in the app. To check again, open your bank's own app.
safety-prize-tax-p4-family-fb = Very good! Tell your daughter the refund has arrived. This is a real notice from your bank: no link, and it doesn't ask you to send money.
safety-prize-tax-p4-delete-fb = You can delete it, that's fine. But this is a real notice from your bank, with no link and no request for money. Your refund has arrived.
safety-prize-tax-p4-block-fb = Please don't block it. This is your own bank's notice. If you block it, you won't get messages about your money anymore. Just read it and press the back key.
safety-prize-tax-p4-report-fb = No need to report this one. It has no link and doesn't ask you to send money. It is a real notice from your bank. Just read it and press the back key.

safety-prize-tax-q-2 = You really do have an income-tax refund. Where do you get it?
safety-prize-tax-q-2-a-1 = Tap the refund link in a text message
safety-prize-tax-q-2-a-1-feedback = Refund links in texts come from scammers. Refunds are handled only in the Individual Income Tax app, or at the tax office's service hall.
safety-prize-tax-q-2-a-2 = In the Individual Income Tax app, or at the tax office's service hall
safety-prize-tax-q-2-a-2-feedback = That's right! Refunds are handled only in these two places, and the money goes straight to your own card.
safety-prize-tax-q-2-a-3 = Let the "tax office worker" who called me do it for me
safety-prize-tax-q-2-a-3-feedback = Someone who calls and asks for your bank card number is a scammer. Open the Individual Income Tax app yourself, or ask your family to go with you to the service hall.

safety-prize-tax-q-3 = You already tapped a refund link and typed in your bank card number and verification code. What now?
safety-prize-tax-q-3-a-1 = Wait a while and see if the refund arrives
safety-prize-tax-q-3-a-1-feedback = Please don't wait. The scammers may be taking your money right now. Call the number on the back of your bank card at once, then call 110 and tell your family.
safety-prize-tax-q-3-a-2 = Call the number on the back of my bank card at once, then call 110 and tell my family
safety-prize-tax-q-3-a-2-feedback = That's right! The sooner the better. First ask the bank to freeze the card, then call 110 to report it.
safety-prize-tax-q-3-a-3 = It's too embarrassing. Tell no one
safety-prize-tax-q-3-a-3-feedback = There is nothing to be ashamed of. Scammers are very good at tricking people. The sooner you speak up, the more money you can save. Call the number on the back of your card and 110 right away, and tell your family.

safety-prize-tax-explain-5 = Remember: a prize that wants money first is no prize. Tax refunds are handled only in the Individual Income Tax app. If you already typed in your card number or paid money, don't be embarrassed. Call the number on the back of your bank card at once and ask the bank to freeze the card. Then call 110 and tell your family. If you are not sure whether it is a scam, call 96110 to ask.
