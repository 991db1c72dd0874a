# Lesson: Fake investment groups (Staying safe from scams)
safety-fake-investment-title = Fake investment groups
safety-fake-investment-remember = "No risk" and "high returns" together always mean a scam. Invest only through your own bank.

safety-fake-investment-explain-1 = Fake investments take more money than any other scam. In 2022, China's police said about a third of all the money lost to fraud went this way. In the United States, too, people over 60 lose the most to investment scams.
safety-fake-investment-explain-2 = It often starts like this: someone adds you to a "stock tips" group. A "teacher" there gives free stock tips every day, and they seem to work. Members keep posting how much they made and thanking the teacher. In truth, most of those members work with the "teacher".

safety-fake-investment-p1 = Someone added you to a stock group. Everyone is chatting away. What do you do?
safety-fake-investment-p1-title = Hot Stocks Insiders
safety-fake-investment-p1-teacher = Teacher Li
safety-fake-investment-p1-member-1 = Happy Old Zhang
safety-fake-investment-p1-member-2 = Sunset Glow
safety-fake-investment-p1-m1 = Did everyone make money on the stock I picked yesterday?
safety-fake-investment-p1-m2 = I followed Teacher Li and made eight thousand in three days! Thank you, Teacher!
safety-fake-investment-p1-m3 = The teacher is always right. I put all my retirement savings in.
safety-fake-investment-p1-m4 = Tomorrow I'll take you through an inside channel. No risk to your money, guaranteed interest, and it doubles in a month. Places are limited. If you want in, message my assistant to open an account.
safety-fake-investment-p1-join = I want to follow you too. How do I open an account?
safety-fake-investment-p1-quit = No risk and it doubles? I'm out. This is a scam.
safety-fake-investment-p1-try = I'll put in a thousand yuan first and see.
safety-fake-investment-p1-quit-fb = Well done! "No risk" and "doubles" together always mean a scam. You can also leave the group: tap the three dots at the top right, scroll to the bottom, and tap Leave group.
safety-fake-investment-p1-join-fb = Please don't open an account. Only a scam promises no risk and double your money. The people cheering are most likely the scammer's helpers. Leave the group and tell your family.
safety-fake-investment-p1-try-fb = Don't put in even a little. Scammers let you win a small amount first, so you will put in a lot. Leave the group, and don't invest a single yuan.
safety-fake-investment-p1-family-fb = Very good! Ask your family, so someone else looks at it with you. A group that promises no risk and double your money is a scam. You can leave it.
safety-fake-investment-p1-back-fb = Leaving this chat is right. Don't buy what the "teacher" says. Best of all, leave the group so you stop seeing his tips.

safety-fake-investment-explain-3 = A few days later, the "teacher" says he has inside information and will "lead your trades". His assistant sends a link to download a special app and open an account in it. Don't install an app that is not in the app store and has to come from a link. If your phone warns "unknown source" or "risky", all the more reason not to.

safety-fake-investment-p2 = The assistant sent a link to download a trading app. You opened it, and this appeared on your phone. What do you do?
safety-fake-investment-p2-page-title = Golden Bull Invest
safety-fake-investment-p2-page-text = Special channel for Teacher Li's students. Inside deals, no risk, sure profit. Not in the app store: download it on this page.
safety-fake-investment-p2-dialog-title = Download warning
safety-fake-investment-p2-dialog-text = This type of file can harm your phone. It comes from an unknown website and has not passed a safety check. Download anyway?
safety-fake-investment-p2-download = Download anyway
safety-fake-investment-p2-cancel-fb = Well done! Don't install an app that is not in the app store and has to come from a link. Anyone promising "no risk, sure profit" is a scammer.
safety-fake-investment-p2-download-fb = Please don't download it. Your phone has already warned you. Scammers make apps like this, and the "profits" inside are fake. Tap Cancel, then press the Back key to leave.
safety-fake-investment-p2-back-fb = Leaving this page is right. Don't install this app, and don't open the link again.
safety-fake-investment-p2-family-fb = Very good! Ask your family first. This app is not in the app store, so don't install it.

safety-fake-investment-explain-4 = In the scammers' app, the numbers go up every day. At first you can even take out a few hundred yuan. That is the bait. Once you have put in a lot and want it back, the app says you must first pay tax or a fee, or that your account is frozen and you must pay to "unfreeze" it. After one payment comes the next. The numbers are fake. The scammers took the money long ago.

safety-fake-investment-p3 = You put two hundred thousand yuan into the "teacher's" app. Now you want to take your money out, and the app shows this. What do you do?
safety-fake-investment-p3-title = Golden Bull Invest
safety-fake-investment-p3-total-label = Total assets
safety-fake-investment-p3-total = ¥286,520.00
safety-fake-investment-p3-total-speech = Total assets: two hundred eighty-six thousand five hundred twenty yuan.
safety-fake-investment-p3-profit = Total profit: 86,520.00
safety-fake-investment-p3-profit-speech = Total profit: eighty-six thousand five hundred twenty yuan.
safety-fake-investment-p3-notice = Withdrawal not approved: first pay 20% of your profit as income tax and channel fee, ¥17,304.00 in total. The money arrives within 24 hours after payment.
safety-fake-investment-p3-notice-speech = Withdrawal not approved. First pay twenty percent of your profit as income tax and a channel fee, seventeen thousand three hundred four yuan in total. The money arrives within twenty-four hours after you pay.
safety-fake-investment-p3-pay = Pay now
safety-fake-investment-p3-service = Customer service
safety-fake-investment-p3-pay-fb = Please don't pay. After this one there will be a "deposit", then an "unfreezing fee", one after another. With real investments you never pay extra money first to get your own money out. Stop now, call 110, and tell your family.
safety-fake-investment-p3-service-fb = This "customer service" works with the "teacher". They will only invent new reasons for you to pay. Don't contact them. Call 110, or call 96110 to ask, and tell your family.
safety-fake-investment-p3-family-fb = Well done! Tell your family and call 110 together. Keep the app's records and your transfer records. Don't delete them. The police can use them.
safety-fake-investment-p3-volunteer-fb = Very good! A volunteer can help you call the police. Don't pay a single yuan of this.
safety-fake-investment-p3-back-fb = Leaving the app without paying anything is right. Next, call 110, or call 96110 to ask, and tell your family.

safety-fake-investment-explain-5 = Every real investment has some risk. Nobody can promise you will only win. Anyone who says "no risk and high returns" is a scammer. To buy savings products, use your own bank's app or go to the bank counter. To buy stocks, use only the app of the brokerage where you opened your account yourself. Real ones tell you about the risk, and their returns are never amazingly high.

safety-fake-investment-p4 = You want to save some money. You opened the Fuman Bank app yourself and see this page. What do you do?
safety-fake-investment-p4-title = Fuman Bank
safety-fake-investment-p4-balance-label = Balance
safety-fake-investment-p4-balance = ¥52,300.00
safety-fake-investment-p4-balance-speech = Balance: fifty-two thousand three hundred yuan.
safety-fake-investment-p4-product = Steady savings plan, 90 days
safety-fake-investment-p4-product-sub = Low to medium risk, not guaranteed
safety-fake-investment-p4-product-rate = 2.00% to 2.80% a year
safety-fake-investment-p4-notice = Investment products are not deposits. They carry risk. Invest with care.
safety-fake-investment-p4-details = View details
safety-fake-investment-p4-buy = Buy now
safety-fake-investment-p4-details-fb = Well done! You opened your own bank's app yourself, and this page is normal: the return is modest, and it says clearly there is risk and no guarantee. Read the details first. If you are unsure, ask at the counter.
safety-fake-investment-p4-buy-fb = Buying in your own bank's app is fine. But first look at the details: how long, and how much risk. If you are unsure, ask at the bank counter or ask your family.
safety-fake-investment-p4-back-fb = This page is actually normal: it is your own bank's app, the return is modest, and it tells you about the risk. No need to worry. You can look at the details.
safety-fake-investment-p4-family-fb = Asking your family is good. This page is normal: your bank's own app, a modest return, and an honest note about risk.

safety-fake-investment-q-1 = The "teacher" in the group says: "Buy with me. No risk, guaranteed interest, thirty percent a month." Is this true?
safety-fake-investment-q-1-a-1 = Yes, lots of people in the group made money
safety-fake-investment-q-1-a-1-feedback = The people cheering are most likely the scammer's helpers, and screenshots of profits are easy to fake. No risk plus high returns always means a scam.
safety-fake-investment-q-1-a-2 = It's a scam: "no risk and high returns" always is
safety-fake-investment-q-1-a-2-feedback = That's right! Every real investment has risk. Nobody can promise you will only win.
safety-fake-investment-q-1-a-3 = Put in a little money first and see
safety-fake-investment-q-1-a-3-feedback = A little money lets you "win" first. That is the bait, so you will put in a lot. Don't put in anything.

safety-fake-investment-q-2 = The app says you made a lot. But to take money out, you must first pay a "handling fee". What do you do?
safety-fake-investment-q-2-a-1 = Pay quickly, then I can take it out
safety-fake-investment-q-2-a-1-feedback = After this fee comes another, and the money still won't come out. Those numbers are fake. Don't pay. Call 110.
safety-fake-investment-q-2-a-2 = Pay nothing, call 110, and tell my family
safety-fake-investment-q-2-a-2-feedback = Well done! The sooner you call the police, the better. Keep your chat and transfer records. Don't delete them.
safety-fake-investment-q-2-a-3 = Ask the app's customer service to lower the fee
safety-fake-investment-q-2-a-3-feedback = The customer service works with the "teacher" and will only invent new reasons to ask for money. Don't contact them. Call 110, or call 96110 to ask.

safety-fake-investment-q-3 = Where is it safe to buy a savings or investment product?
safety-fake-investment-q-3-a-1 = My own bank's app, or the bank counter
safety-fake-investment-q-3-a-1-feedback = That's right! Even at your own bank, check the risk. If you are unsure, ask at the counter and ask your family.
safety-fake-investment-q-3-a-2 = The app the group's teacher sent me a link for
safety-fake-investment-q-3-a-2-feedback = An app you download from a link is most likely made by scammers. Money that goes in does not come out. Buy only through your own bank.
safety-fake-investment-q-3-a-3 = A "high-return platform" a stranger called me about
safety-fake-investment-q-3-a-3-feedback = Don't trust a platform a stranger calls you about. The higher the promised return, the more careful you should be. Buy through your own bank.

safety-fake-investment-explain-6 = If your money is already in, don't be afraid, and don't carry it alone. Stop at once and don't pay anything more. Call 110, or call 96110 to ask. Tell your family. Keep your chat and transfer records, and don't delete them.
