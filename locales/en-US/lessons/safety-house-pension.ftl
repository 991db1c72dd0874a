# Lesson: House-for-pension (Staying safe from scams)
safety-house-pension-title = House-for-pension
safety-house-pension-remember = Never hand over your property certificate or ID. Don't sign what you don't understand, and ask your children before you sign.

safety-house-pension-explain-1 = Someone may come to you and say: "Use your home for your pension. You keep living there, and you get thousands of yuan extra every month." It sounds good, but it is a scam.
safety-house-pension-explain-2 = They take you to a notary office and have you sign several papers. One borrows money against your home, called a mortgage. Another is a power of attorney that lets them sell your home.
safety-house-pension-explain-3 = They put the borrowed money into an "investment". For a few months they pay you a little. Then the company disappears with the money. They use the power of attorney to sell your home, and you have nowhere to live.
safety-house-pension-explain-4 = Remember: never hand over your property certificate or your ID. Never sign a paper you don't understand. A notary's stamp does not make it safe. Before you sign, show the paper to your children or a lawyer.

safety-house-pension-p1 = You get a text message. This is the first example: a text that offers pension money for your home gets no reply. Just tap Delete or Report.
safety-house-pension-p1-sender = Unknown number
safety-house-pension-p1-body = [Happy Home] New house-for-pension policy: keep living in your home and get eight thousand yuan extra every month! Free talk this Saturday, free eggs for everyone who comes. Reply 1 to sign up.
safety-house-pension-p1-delete-fb = Well done! Just delete a text like this. Don't reply, and don't go to the talk.
safety-house-pension-p1-report-fb = Well done! Once you report it, phones can block this number for everyone.
safety-house-pension-p1-family-fb = Good idea! Tell your family so they know about this scam too. You can delete this text.

safety-house-pension-p2 = At the notary office, a staff member hands you this agreement and says: "It's just a formality, only sign here." Look at the marked lines. What do you do?
safety-house-pension-p2-title = Happy Pension Service Agreement
safety-house-pension-p2-party-a = Party A: the homeowner
safety-house-pension-p2-party-b = Party B: Happy Home Elder Services Ltd.
safety-house-pension-p2-income = 1. Party B pays Party A a pension income of ¥8,000.00 every month.
safety-house-pension-p2-income-speech = One. Party B pays Party A a pension income of eight thousand yuan every month.
safety-house-pension-p2-mortgage = 2. Party A mortgages the home in their name, borrows one and a half million yuan, and gives it to Party B to invest.
safety-house-pension-p2-entrust = 3. Party A gives Party B full power of attorney to sell the home, transfer it, collect the money, and handle every step.
safety-house-pension-p2-sign = Sign here
safety-house-pension-p2-sign-fb = Please don't sign yet. "Mortgage" means borrowing money against your home. "Full power of attorney" and "sell" mean they can sell your home. Put the pen down and show the agreement to your children.
safety-house-pension-p2-family-fb = Well done! Ask your children before you sign. They can come and read it with you, or you can take a photo and send it to them.
safety-house-pension-p2-volunteer-fb = Well done! If you don't understand a paper, ask someone first. Let a volunteer read it with you. This one must not be signed.
safety-house-pension-p2-back-fb = Well done! Don't sign. It's fine to put it down and leave. Talk it over with your children at home, however much anyone hurries you.

safety-house-pension-p3 = A few days later, the "adviser" sends you messages on WeChat. How do you reply?
safety-house-pension-p3-title = Pension adviser Liu
safety-house-pension-p3-m1 = Auntie, all your paperwork is ready. See you at the notary office at two this afternoon.
safety-house-pension-p3-m2 = There is only one place left. If you don't sign today, it will be gone next month.
safety-house-pension-p3-m3 = Remember to bring your property certificate and your ID. Don't tell your children yet. Young people don't understand, they'll try to stop you.
safety-house-pension-p3-go = All right, I'll bring the certificate and sign this afternoon
safety-house-pension-p3-wait = No hurry. I'll show the contract to my children first
safety-house-pension-p3-hand-over = Then I'll give you my property certificate and ID to keep
safety-house-pension-p3-wait-fb = Well done! The more someone rushes you to sign today and tells you to keep it from your children, the more you should stop. A real good deal can wait, and it doesn't mind your children seeing it.
safety-house-pension-p3-go-fb = Please don't go yet. "Sign today or it's gone" and "don't tell your children" are what scammers always say. Tell your children and talk it over together.
safety-house-pension-p3-hand-over-fb = Never hand over your property certificate or ID. With those two, they can do paperwork on your home. Keep them yourself, and tell your children.
safety-house-pension-p3-family-fb = Well done! He told you not to tell your children, so tell them. Another pair of eyes keeps you safer.
safety-house-pension-p3-volunteer-fb = Good idea! Asking a volunteer helps too. Remember: your certificate stays with you, and you don't sign today.

safety-house-pension-p4 = Your building's property office sends you a notice on WeChat. Have a look. What do you do?
safety-house-pension-p4-title = Property office notice
safety-house-pension-p4-heading = Notice: Building 3 elevator repair
safety-house-pension-p4-body-1 = Dear residents: the Building 3 elevator will be repaired next Monday and Tuesday. Please use the stairs on those two days.
safety-house-pension-p4-body-2 = The repair is paid from the building's repair fund. Residents do not need to pay anything extra.
safety-house-pension-p4-body-3 = If you have questions, please come and ask at the property office on the ground floor.
safety-house-pension-p4-sender = Happy Garden Property Service Center
safety-house-pension-p4-ok = Got it
safety-house-pension-p4-ok-fb = That's right! This is an ordinary notice from your property office. It only tells you the elevator will be repaired. It asks for no certificate, no signature and no money, so you can read it without worry.
safety-house-pension-p4-back-fb = Leaving after reading is fine too. This is an ordinary notice. It asks for no certificate and no signature, so there is nothing to worry about.
safety-house-pension-p4-family-fb = Asking your family is always good. This notice only says the elevator will be repaired. It asks for no certificate and no signature, so you can relax.

safety-house-pension-q-1 = Someone says: "You keep living in your home, and we pay you eight thousand yuan a month. Just give us your property certificate for the paperwork." What do you do?
safety-house-pension-q-1-a-1 = Give him the certificate, to get more money each month
safety-house-pension-q-1-a-1-feedback = Please don't. Once a scammer has your property certificate, your home can be sold. Keep it yourself and ask your children first.
safety-house-pension-q-1-a-2 = Keep the certificate and tell my children first
safety-house-pension-q-1-a-2-feedback = That's right! Keep your property certificate and ID yourself. When someone brings up an offer like this, talk to your children first.
safety-house-pension-q-1-a-3 = Send him a photo of the certificate
safety-house-pension-q-1-a-3-feedback = Don't send a photo either. Scammers can misuse photos of your certificate and ID too. Please tell your children first.

safety-house-pension-q-2 = The agreement says: "Party A gives Party B full power of attorney to sell the home." What does that mean?
safety-house-pension-q-2-a-1 = They can sell my home
safety-house-pension-q-2-a-1-feedback = That's right! "Full power of attorney" and "sell" let someone else sell your home for you. Never sign a paper like this.
safety-house-pension-q-2-a-2 = It's just a formality, nothing to worry about
safety-house-pension-q-2-a-2-feedback = It is not a formality. If you sign, they can sell your home. When you see these words, don't sign, and show it to your children.
safety-house-pension-q-2-a-3 = If I sign at a notary office, it must be safe
safety-house-pension-q-2-a-3-feedback = The notary only confirms that you signed it yourself, not that it is good for you. If you don't understand a paper, don't sign it yet.

safety-house-pension-q-3 = If you really want to use your home for your pension, what should you do?
safety-house-pension-q-3-a-1 = Talk with my children and ask at a bank or insurance company counter together
safety-house-pension-q-3-a-1-feedback = That's right! The real house-for-pension plan is run by insurance companies. It has strict rules and takes time, and no one rushes you to sign today.
safety-house-pension-q-3-a-2 = Sign the same day with the "adviser" I met at a talk
safety-house-pension-q-3-a-2-feedback = "Advisers" at these talks are often scammers. Don't rush to sign. Go with your children to ask at a bank or insurance company.
safety-house-pension-q-3-a-3 = Sign with whoever promises the most money
safety-house-pension-q-3-a-3-feedback = The more money promised and the more you are rushed, the more careful you should be. Ask at a bank or insurance company with your children first.

safety-house-pension-explain-5 = The real house-for-pension plan is run by insurance companies. It has strict rules, takes time to check, and no one rushes you. To learn more, go with your children to a bank or insurance company. If you are unsure, call 96110 to ask. If you have already signed or handed over your certificate, tell your family right away and call 110.
