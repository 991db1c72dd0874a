# Lesson: "customer service" offering a refund (Staying safe from scams)
safety-screen-sharing-title = Refund "customer service"
safety-screen-sharing-remember = Never share your screen or a code. Refunds happen inside the shopping app's own order page.

safety-screen-sharing-explain-1 = Scammers pretend to be "customer service" for an online shop or a delivery company. They say something you bought has a problem and they want to refund or compensate you.
safety-screen-sharing-explain-2 = They ask you to install a meeting app and turn on "screen sharing" so they can guide you. Once you share, they can see your verification codes, bank card and passwords.
safety-screen-sharing-explain-3 = A real refund goes back to where you paid from. You don't have to do anything. If there is a problem, open the shopping app yourself and find customer service in your order.

safety-screen-sharing-p1 = Someone added you as a contact and sent these messages. How do you reply?
safety-screen-sharing-p1-title = Goodwares Mall after-sales
safety-screen-sharing-p1-m1 = Hello, the health pillow you bought last week is faulty. We want to refund you three hundred yuan.
safety-screen-sharing-p1-m2 = Please turn on screen sharing and I will guide you step by step through the refund.
safety-screen-sharing-p1-share = OK, I'll turn on screen sharing
safety-screen-sharing-p1-app = No thanks, I'll look in my orders in the shopping app
safety-screen-sharing-p1-code = I'll send you the code I just got
safety-screen-sharing-p1-app-fb = Well done! A real refund shows up in your order in the shopping app. Nobody needs to guide you remotely.
safety-screen-sharing-p1-share-fb = Once you share your screen, they can see your codes and bank card and take your money. Please don't share. Check the shopping app yourself.
safety-screen-sharing-p1-code-fb = A verification code is like your house key. If someone else has it, your money can be taken. Never give it to anyone who asks.
safety-screen-sharing-p1-family-fb = Very good! Asking your family first is the safest thing.

safety-screen-sharing-p2 = This window pops up on your phone. What do you do?
safety-screen-sharing-p2-behind = Meeting Helper
safety-screen-sharing-p2-dialog-title = Start sharing your screen?
safety-screen-sharing-p2-dialog-text = Meeting Helper will be able to see everything on your screen, including passwords, verification codes and bank card details.
safety-screen-sharing-p2-start = Start now
safety-screen-sharing-p2-cancel-fb = Well done! If you don't share your screen, the scammer can't see your passwords or codes. You can also delete that meeting app.
safety-screen-sharing-p2-start-fb = Once sharing starts, they can see your codes and bank card. If you already shared, stop it right away and call 96110 to ask for help.

safety-screen-sharing-p3 = You opened the shopping app yourself. Look at your order. What do you do?
safety-screen-sharing-p3-title = My orders
safety-screen-sharing-p3-item = Health pillow
safety-screen-sharing-p3-item-sub = Return requested
safety-screen-sharing-p3-refund = Refund complete: ¥300.00 returned to your payment account
safety-screen-sharing-p3-refund-speech = Refund complete: three hundred yuan returned to your payment account.
safety-screen-sharing-p3-details = View refund details
safety-screen-sharing-p3-agent = Contact the seller
safety-screen-sharing-p3-details-fb = Right! A refund you find yourself in the shopping app is real. The money is back, and nobody needs to guide you.
safety-screen-sharing-p3-agent-fb = Contacting the seller inside the shopping app is fine too. Here it already says the refund is complete, so the details are all you need.

safety-screen-sharing-q-1 = The "agent" says: "I can't refund you unless you turn on screen sharing." What do you do?
safety-screen-sharing-q-1-a-1 = Do as he says and share my screen
safety-screen-sharing-q-1-a-1-feedback = Once you share, he can see your codes and bank card. Real refunds never need screen sharing.
safety-screen-sharing-q-1-a-2 = Don't share; check my orders in the shopping app myself
safety-screen-sharing-q-1-a-2-feedback = That's right! Refunds are handled in your own orders in the shopping app.
safety-screen-sharing-q-1-a-3 = Give him my bank card number so he can send the money
safety-screen-sharing-q-1-a-3-feedback = Never tell a stranger your card number, password or codes. A real refund goes back on its own, no card number needed.

safety-screen-sharing-q-2 = You already shared your screen by mistake. What now?
safety-screen-sharing-q-2-a-1 = Stop sharing at once, delete that app, and call 96110 or 110
safety-screen-sharing-q-2-a-1-feedback = Well done! The sooner the better. Then tell your family and check your bank card together.
safety-screen-sharing-q-2-a-2 = Keep sharing so he can finish the refund
safety-screen-sharing-q-2-a-2-feedback = Please stop now. He can see everything, and your money may be leaving. Stop sharing and call 96110.
