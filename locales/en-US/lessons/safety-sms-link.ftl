# Lesson: texts with links (Staying safe from scams)
safety-sms-link-title = Texts with links
safety-sms-link-remember = Don't tap links in text messages. If something needs doing, open the official app yourself or call to ask.

safety-sms-link-explain-1 = Scammers send texts like these: your parcel is lost and you can claim money, your medical-insurance card needs its yearly check, your points are about to expire. Then there is a link.
safety-sms-link-explain-2 = The link asks for your bank card number, password and verification code, and then the money is gone. Some links also secretly install harmful software.
safety-sms-link-explain-3 = If something really needs doing, open the official app yourself or call to ask. Never tap a link in a text message.

safety-sms-link-p1 = You get a text message. What do you do?
safety-sms-link-p1-sender = Unknown number
safety-sms-link-p1-body = [Parcel notice] Your parcel was returned because the address was unclear. Tap the link below to add your address and claim compensation.
safety-sms-link-p1-link-fb = This link was made by scammers. It asks for your bank card number and code. Next time you see a link like this, don't tap it.
safety-sms-link-p1-delete-fb = Well done! This text is from scammers. Just delete it and don't tap the link. To check a parcel, open the delivery app yourself.
safety-sms-link-p1-report-fb = Well done! Reporting it helps phones block this number for everyone. Don't tap the link.

safety-sms-link-p2 = You get another text, from 12381. What do you do?
safety-sms-link-p2-sender = 12381
safety-sms-link-p2-body = [Fraud warning] You may be the target of a fake customer-service refund scam. Do not transfer money and do not share your screen. If in doubt, call
safety-sms-link-p2-call-fb = Well done! 12381 sends the government's fraud warnings, and they are real. Call 96110 and the police will help you look at it.
safety-sms-link-p2-delete-fb = This text is real: it is the government's fraud warning. Don't delete it yet. Think about whether anyone offered you a refund lately. If unsure, call 96110.
safety-sms-link-p2-report-fb = 12381 is the government's fraud-warning number; no need to report it. It is telling you that a scammer may be after you.
safety-sms-link-p2-family-fb = Very good! Tell your family and think together about who contacted you lately. You can also call 96110.

safety-sms-link-q-1 = A text says: "Your medical-insurance card needs its yearly check. Tap the link to do it." What do you do?
safety-sms-link-q-1-a-1 = Tap the link and follow it
safety-sms-link-q-1-a-1-feedback = Don't tap it. Medical-insurance cards are never checked through a text link. Ask at the insurance office or call 12345.
safety-sms-link-q-1-a-2 = Don't tap it; ask at the insurance office or in the official app
safety-sms-link-q-1-a-2-feedback = That's right! Don't tap the link, ask at an official place yourself.
safety-sms-link-q-1-a-3 = Forward it to friends so they can do it too
safety-sms-link-q-1-a-3-feedback = Don't forward it, your friends could fall for it too. Delete it and warn them not to tap.

safety-sms-link-q-2 = A text from 12381 says you may be being scammed. Can you trust it?
safety-sms-link-q-2-a-1 = No, delete it like the others
safety-sms-link-q-2-a-1-feedback = 12381 is real. It is the government's fraud-warning number, and it has no link. Please stop and think, and call 96110.
safety-sms-link-q-2-a-2 = Yes. Stop and call 96110 to ask
safety-sms-link-q-2-a-2-feedback = That's right! Warnings from 12381 are real. Stop, don't transfer anything, and call 96110.
