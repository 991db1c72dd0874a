# Lesson: Loans that need a fee (Staying safe from scams)
safety-fake-loan-title = Loans that need a fee
safety-fake-loan-remember = Anyone who wants money from you before the loan arrives is a scammer. To borrow, go to your own bank.

safety-fake-loan-explain-1 = Scammers say it in text messages, web ads and phone calls: "No credit check, no collateral, money today." When money is tight, that sounds good. But it is bait on a hook.
safety-fake-loan-explain-2 = You install the loan app they send, fill in your details, and the money never comes. The app says: "Your bank card number was wrong, the loan is frozen, pay a fee to unfreeze it." Others ask for a deposit, a membership fee or the interest first. Their "customer service" may say: "Transfer some money first to prove you can pay it back."
safety-fake-loan-explain-3 = Remember one thing: if they want money from you before the loan is in your hands, it is a scam. Pay once, and they will ask again. The loan never arrives.

safety-fake-loan-p1 = You get a text message advertising a loan. For a text like this, just tap Delete or tap Report. Don't tap the link. Give it a try.
safety-fake-loan-p1-sender = Unknown number
safety-fake-loan-p1-body = [Lucky Quick Loan] Dear customer, 50,000 yuan of spare cash is waiting for you! No credit check, no collateral, money in as little as 10 minutes. Tap to claim:
safety-fake-loan-p1-body-speech = Lucky Quick Loan: Dear customer, fifty thousand yuan of spare cash is waiting for you! No credit check, no collateral, money in as little as ten minutes. Tap the link below to claim it.
safety-fake-loan-p1-delete-fb = Well done! Deleting it is all you need. "No credit check, money today" is exactly how scammers advertise.
safety-fake-loan-p1-report-fb = Well done! Reporting it helps phones block this number for everyone. Don't tap the link.
safety-fake-loan-p1-link-fb = Please don't tap this link. It leads you to install a fake loan app or to type in your bank card number. Tap Delete or tap Report instead.

safety-fake-loan-p2 = In a loan app, you asked to borrow fifty thousand yuan. A little later, this message appears in the app. What do you do?
safety-fake-loan-p2-title = Lucky Quick Loan
safety-fake-loan-p2-label = Loan amount
safety-fake-loan-p2-amount = ¥50,000.00
safety-fake-loan-p2-amount-speech = Loan amount: fifty thousand yuan.
safety-fake-loan-p2-notice = Payout failed: the bank card number you entered is wrong, and your loan has been frozen. Pay an unfreezing fee of ¥15,000.00 within 30 minutes. It will be returned to you with the loan.
safety-fake-loan-p2-notice-speech = Payout failed: the bank card number you entered is wrong, and your loan has been frozen. Pay an unfreezing fee of fifteen thousand yuan within thirty minutes. It will be returned to you with the loan.
safety-fake-loan-p2-pay = Pay now
safety-fake-loan-p2-service = Customer service
safety-fake-loan-p2-back-fb = Well done! Don't pay a cent, just leave the app. Asking for money before the loan arrives means it is a scam. Then delete the app and tell your family.
safety-fake-loan-p2-home-fb = Well done! Leave the app and don't pay a cent. A real loan is never frozen and then unlocked for a fee. Remember to delete the app and tell your family.
safety-fake-loan-p2-family-fb = Very good! Call your family first. This app wants money from you first, so it is a scam. Don't pay anything.
safety-fake-loan-p2-volunteer-fb = Very good! Ask a volunteer. This app wants money from you first, so it is a scam. Don't pay anything.
safety-fake-loan-p2-pay-fb = Please don't pay. The "frozen loan" is made up. Pay this, and they will ask for the next fee, and the loan never comes. Press the Back key to leave, and tell your family.
safety-fake-loan-p2-service-fb = This customer service works for the scammers too. They will only push you to pay. Don't ask them. Press the Back key to leave, and tell your family.

safety-fake-loan-q-1 = The loan app says: "Your card number was wrong, so the money is frozen. Pay a fifteen thousand yuan unfreezing fee and we will pay out at once." Is this true?
safety-fake-loan-q-1-a-1 = Yes. If I pay, I will get the loan
safety-fake-loan-q-1-a-1-feedback = No, it is not true. A wrong card number just gets corrected. Nobody asks you to pay for it. Pay this, and another fee will follow. Don't pay anything.
safety-fake-loan-q-1-a-2 = It is a scam. Any loan that wants money first is a scam
safety-fake-loan-q-1-a-2-feedback = That's right! If they want money from you before the loan arrives, it is always a scam.
safety-fake-loan-q-1-a-3 = Pay half first, and see if the loan comes
safety-fake-loan-q-1-a-3-feedback = Don't pay even half. Once scammers get money, they just make up a new fee. Stop now and tell your family.

safety-fake-loan-p3 = You contacted customer service in the app. They send you these messages. How do you reply?
safety-fake-loan-p3-title = Lucky Quick Loan online service
safety-fake-loan-p3-m1 = Hello, our system check shows your ability to repay is too low, so we cannot pay out the loan yet.
safety-fake-loan-p3-m2 = First transfer 8,000 yuan to our checking account to prove you can repay. After the check, the 8,000 yuan comes back to you with the loan.
safety-fake-loan-p3-m3 = If you don't do it today, your loan offer expires, and it will hurt your credit record.
safety-fake-loan-p3-transfer = OK, I'll transfer 8,000 yuan now
safety-fake-loan-p3-refuse = I won't transfer. You want money before the loan, so I don't want it
safety-fake-loan-p3-less = I don't have that much. Can I transfer 3,000 yuan first?
safety-fake-loan-p3-refuse-fb = Well done! Asking you to transfer money to "prove you can repay" is a scam. Don't borrow from them. Delete the app and tell your family.
safety-fake-loan-p3-transfer-fb = Please don't transfer. There is no such thing as a checking account. Once the money leaves, it is gone. Reply "I won't transfer," then tell your family.
safety-fake-loan-p3-less-fb = Don't transfer a smaller amount either. Once they get three thousand, they will find a way to ask for more. Don't transfer anything, and tell your family.
safety-fake-loan-p3-family-fb = Very good! Talk to your family before borrowing or sending money. Anyone who wants a transfer from you first is a scammer.

safety-fake-loan-explain-4 = If you really need to borrow, ask at the counter of your own bank, or open your bank's own app. The interest is written out clearly. You pay nothing before the money is lent. Before you borrow, talk it over with your family.

safety-fake-loan-p4 = You have talked it over with your family, and you want to borrow a little to repair your home. You opened the Fuman Bank app yourself and found the loan page. What do you do?
safety-fake-loan-p4-title = Fuman Bank
safety-fake-loan-p4-heading = Personal loan
safety-fake-loan-p4-limit = Borrow up to ¥50,000.00
safety-fake-loan-p4-limit-speech = Borrow up to fifty thousand yuan.
safety-fake-loan-p4-rate = Yearly interest rate 3.6%
safety-fake-loan-p4-rate-speech = Yearly interest rate: three point six percent.
safety-fake-loan-p4-example = Borrow 10,000 yuan for 1 year: about ¥360 interest
safety-fake-loan-p4-example-speech = Borrow ten thousand yuan for one year, and the interest is about three hundred sixty yuan.
safety-fake-loan-p4-notice = We charge no fees before the loan is paid out. We never ask you to transfer money first or pay a deposit.
safety-fake-loan-p4-apply = Apply for a loan
safety-fake-loan-p4-contract = View the loan contract
safety-fake-loan-p4-apply-fb = Well done! This is your bank's own app, and you opened it yourself. The interest is clear, and nothing is charged before the payout. The money goes straight to your own card.
safety-fake-loan-p4-contract-fb = Very good! Reading the contract first helps you feel sure. This is your bank's own app and charges nothing before the payout, so you can apply with confidence.
safety-fake-loan-p4-family-fb = Very good! Look at it together with your family once more. This page is real: your bank's own app, the interest is clear, and nothing is charged before the payout.
safety-fake-loan-p4-back-fb = If you don't want to borrow, leaving is fine. But this page is real: your bank's own app charges nothing before the payout. When you do need a loan, this is the place.

safety-fake-loan-q-2 = You have already paid a two thousand yuan "deposit". Now they say: "Pay a five thousand yuan membership fee and the loan comes at once." What do you do?
safety-fake-loan-q-2-a-1 = Pay this once more, or the first payment is wasted
safety-fake-loan-q-2-a-1-feedback = It is natural to think that, but it is exactly the scammer's trick: getting you to pay more and more. Don't pay again. Call 110 now and tell your family.
safety-fake-loan-q-2-a-2 = Don't pay another cent; call 110 or 96110 now and tell my family
safety-fake-loan-q-2-a-2-feedback = Well done! The sooner you report it, the better. Keep the transfer records and the chat messages. Don't delete them.
safety-fake-loan-q-2-a-3 = Borrow from relatives and friends to pay the fee
safety-fake-loan-q-2-a-3-feedback = Please don't borrow for this. Even if you pay the fee, the loan will not come, and your relatives' money will be lost too. Call 110 now and tell your family.

safety-fake-loan-explain-5 = If you have already paid, stay calm and don't blame yourself. Stop at once and don't pay any more. Call 110 to report it, or call 96110 for advice. Keep the transfer records and chat messages, and tell your family.
