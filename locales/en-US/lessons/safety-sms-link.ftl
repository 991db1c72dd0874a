# Lesson: a text message with a link (Staying safe from scams, lesson 3)
safety-sms-link-title = A text message with a link
safety-sms-link-remember = Don't tap links in text messages. To check something, open the official app yourself.

safety-sms-link-explain-1 = Scammers send text messages that pretend to be from a courier, a bank or a prize draw. They push you to tap a link.
safety-sms-link-explain-2 = The link opens a fake page that looks real. It asks for your bank card number, password and verification code.

safety-sms-link-sim-1-instruction = You get a text about a parcel. Read it, then choose a safe thing to do.
safety-sms-link-sim-1-sender = Parcel Centre 010-0000-0000
safety-sms-link-sim-1-body = Your parcel cannot be delivered: the address is unclear. Tap the link within 24 hours to update it, or the parcel will be returned.
safety-sms-link-sim-1-link = http://parcel-address.example
safety-sms-link-sim-1-official-app = Well done! Open the courier's or the shop's official app, and you can see where your parcel is.
safety-sms-link-sim-1-delete = Good! Deleting a suspicious text is safe. To check your parcel, you can open the official app.
safety-sms-link-sim-1-link-tap = This link opens a fake page that tricks you into typing your card number and password. When a text says "tap now", don't.

safety-sms-link-sim-2-instruction = Another text says your bank points will expire. To check your points, open the bank's official app.
safety-sms-link-sim-2-sender = Bank Notice 010-0000-0001
safety-sms-link-sim-2-body = Your points expire today. Tap the link now to exchange them for a cash gift.
safety-sms-link-sim-2-link = http://bank-points.example
safety-sms-link-sim-2-official-app = Well done! In the bank's own app, you can see clearly whether this is true.
safety-sms-link-sim-2-delete = Deleting the text is safe. But for this step, to check your points, open the bank's official app.
safety-sms-link-sim-2-link-tap = This link leads to a fake page that steals your bank card details. Do your banking in the official app.

safety-sms-link-explain-3 = To check, open the official app yourself, or call the number on the back of your bank card. Don't call the number in the text.

safety-sms-link-q-1 = A text says you won a big prize. To claim it, tap the link and pay a small fee first. What do you do?
safety-sms-link-q-1-a-1 = Tap to have a look; it's fine if I don't type anything
safety-sms-link-q-1-a-1-feedback = Once opened, a fake page leads you step by step to type details or install apps. Not tapping is safest.
safety-sms-link-q-1-a-2 = Pay the fee first, then get the prize
safety-sms-link-q-1-a-2-feedback = Real prizes never ask you to pay first. A "prize" that needs a fee is always a scam.
safety-sms-link-q-1-a-3 = Don't tap the link; delete the text or ask my family
safety-sms-link-q-1-a-3-feedback = That's right! You can't win a draw you never entered. Just delete the text.
