# Lesson: Free lectures selling supplements (Staying safe from scams)
safety-health-lecture-title = Free lectures selling supplements
safety-health-lecture-remember = A lecture that gives out free eggs ends by selling "miracle" pills. Supplements are not medicine: when you are ill, go to a hospital.

safety-health-lecture-explain-1 = People often hand out flyers at the gate of your housing estate: free eggs, free health checks, talks by experts. Some even offer a free trip. All this "free" is there to get you through the door.
safety-health-lecture-explain-2 = Once you are inside, the staff are very warm. They call you "auntie" or "uncle", and some even call you their godmother or godfather. They visit you at home and help with chores. They seem closer than family.
safety-health-lecture-explain-3 = A few days later, the "health check" says your blood vessels are blocked and you are very ill. Then the "expert" brings out a "miracle" product. He says it cures high blood pressure, diabetes, even cancer. One course costs thousands of yuan. They say "special price, today only" and "don't tell your children".

safety-health-lecture-scan = Scan
safety-health-lecture-photo = Take photo

safety-health-lecture-p1 = You are at the gate of your estate and see this poster on the wall. You have your phone in your hand. What do you do?
safety-health-lecture-p1-heading = Health lecture, free eggs!
safety-health-lecture-p1-body = A famous expert talks about staying healthy. Free blood-pressure check, free blood-vessel check.
safety-health-lecture-p1-when = Every day at nine in the morning, Xingfu Road activity room. Come seven days in a row and get free rice and a free trip.
safety-health-lecture-p1-hurry = Places are limited, first come, first served!
safety-health-lecture-p1-code = Scan to sign up and get your gift
safety-health-lecture-p1-phone = Sign-up line 010-0000-0530
safety-health-lecture-p1-scan-fb = Don't scan it yet. If you sign up, they get your phone number and WeChat, and they will contact you every day. A lecture that gives out eggs ends by selling supplements. Just press the back key and walk away.
safety-health-lecture-p1-photo-fb = Taking a photo to show your family is fine. But a lecture like this ends by selling things, so there is no need to sign up. Just press the back key and walk away.
safety-health-lecture-p1-back-fb = Well done! Free eggs and free trips end with selling supplements. Don't scan, don't sign up, just walk away.
safety-health-lecture-p1-home-fb = Well done! Just leave. A lecture like this is there to sell you supplements that cost thousands of yuan.
safety-health-lecture-p1-family-fb = Very good! Asking your family is the safest. A lecture that gives out eggs ends by selling supplements. No need to go.
safety-health-lecture-p1-volunteer-fb = Very good! Ask a volunteer. This lecture is there to sell supplements. Don't scan, don't sign up.

safety-health-lecture-q-1 = The "expert" at the lecture says: "Take this and your diabetes will be cured. You won't need your medicine anymore." What do you think?
safety-health-lecture-q-1-a-1 = He is an expert, so he must be right
safety-health-lecture-q-1-a-1-feedback = This "expert" is not your doctor. He is there to sell things. Supplements cannot cure diabetes. When you are ill, ask a doctor at the hospital.
safety-health-lecture-q-1-a-2 = Supplements are not medicine; for illness, ask a doctor at the hospital
safety-health-lecture-q-1-a-2-feedback = That's right! Supplements cannot cure illness. Anyone who says they cure everything is lying.
safety-health-lecture-q-1-a-3 = Stop my medicine for a few days and see
safety-health-lecture-q-1-a-3-feedback = Please don't stop your medicine. Stopping it on your own can make you much worse, and that is dangerous. Keep taking it as usual, and ask your doctor if you have questions.

safety-health-lecture-explain-4 = Supplements are not medicine, and they cannot cure illness. The box of a proper health food says so: health foods are not medicines and cannot replace medicine to treat illness. When you are ill, go to a hospital and follow your doctor. Never stop blood-pressure or diabetes medicine on your own.

safety-health-lecture-p2 = Xiao Wang, whom you met at the lecture, sends you a WeChat message. How do you reply?
safety-health-lecture-p2-title = Xiao Wang (health advisor)
safety-health-lecture-p2-m1 = Godmother, yesterday's check said your blood vessels are blocked. I couldn't sleep all night, I'm so worried about you.
safety-health-lecture-p2-m2 = The expert kept one course just for you, six thousand eight hundred. When you finish it, your blood vessels will be clear, and you can stop your blood-pressure pills.
safety-health-lecture-p2-m3 = Don't tell your children yet. Young people don't understand, and they will try to stop you. I'll pick you up at home tomorrow morning.
safety-health-lecture-p2-ask-family = I'll ask my children and my doctor first. I won't buy it
safety-health-lecture-p2-go = OK, pick me up tomorrow
safety-health-lecture-p2-half = I don't have enough. Can I pay half first?
safety-health-lecture-p2-ask-family-fb = Well done! He doesn't want you to tell your children because they would stop him. Talk it over with them, and ask a doctor at the hospital about your health.
safety-health-lecture-p2-go-fb = Don't agree yet. He calls you godmother so that you trust him and buy. Telling you not to tell your children is a trick. Reply "I'll ask my children and my doctor first".
safety-health-lecture-p2-half-fb = Don't pay half either. Supplements cannot cure blocked blood vessels, and you must not stop your blood-pressure pills. Reply "I'll ask my children and my doctor first", then tell your family.
safety-health-lecture-p2-family-fb = Very good! He says don't tell, so tell your family. When they look at it with you, it is much harder to fool you.
safety-health-lecture-p2-volunteer-fb = Very good! Ask a volunteer. "Don't tell your children" and a "miracle" cure for thousands of yuan mean it is a scam.

safety-health-lecture-p3 = On the last day of the lecture, a staff member says: "One course is six thousand eight hundred. Special price, today only." He asks you to scan the code on the counter. This page appears on your phone. What do you do?
safety-health-lecture-p3-title = Pay
safety-health-lecture-p3-payee = Kangle Health Advice Center
safety-health-lecture-p3-item = Special lingzhi pills, one course
safety-health-lecture-p3-amount = ¥6,800.00
safety-health-lecture-p3-amount-speech = six thousand eight hundred yuan
safety-health-lecture-p3-cancel-fb = Well done! Six thousand eight hundred yuan buys a supplement, not medicine, and it cannot cure illness. Don't pay. Go home and talk it over with your children, and ask a doctor about your health.
safety-health-lecture-p3-back-fb = Well done! Leave this page and no money is paid. Go home and talk it over with your children, and ask a doctor about your health.
safety-health-lecture-p3-pay-fb = Don't pay yet. This is a supplement, not medicine. It cannot cure illness, and the price is shocking. Tap Cancel, talk it over with your children at home, and ask a doctor at the hospital.
safety-health-lecture-p3-family-fb = Very good! Before spending a lot of money, ask your family first. You don't need a supplement this expensive.
safety-health-lecture-p3-volunteer-fb = Very good! Ask a volunteer. Don't pay a single cent for the "miracle" pills sold at a lecture.

safety-health-lecture-explain-5 = Real free services do exist. The community health center checks blood pressure and blood sugar for free. People aged sixty-five and over can also get a free health check there once a year. They don't sell anything, they don't charge you, and they don't ask you to scan a code to pay.

safety-health-lecture-p4 = Your blood pressure has been a bit high lately. This poster is on the notice board of your estate. What do you do?
safety-health-lecture-p4-heading = Free blood-pressure and blood-sugar checks
safety-health-lecture-p4-who = Xingfu Road Community Health Center
safety-health-lecture-p4-when = Every Tuesday, eight to eleven in the morning, on the center's first floor. Please bring your medical-insurance card.
safety-health-lecture-p4-free = Free of charge. Nothing is sold.
safety-health-lecture-p4-phone = Information 010-0000-0531
safety-health-lecture-p4-photo-fb = Well done! Take a photo so you remember the time. Go on Tuesday morning with your medical-insurance card. Nothing is sold there, so you can relax.
safety-health-lecture-p4-family-fb = Very good! Tell your family and go together. Blood-pressure checks at the community health center are free, and nothing is sold.
safety-health-lecture-p4-volunteer-fb = Very good! Asking a volunteer is fine too. The community health center runs this, so you can go without worry.
safety-health-lecture-p4-back-fb = It's fine not to go. But this poster is from the community health center: it costs nothing, nothing is sold, and nobody asks you to scan a code. You can go and have your blood pressure checked.
safety-health-lecture-p4-home-fb = Leaving is fine too. But this is the community health center: blood-pressure checks are free, and nothing is sold. With high blood pressure, it is worth going.

safety-health-lecture-q-2 = Which one of these can you go to without worry?
safety-health-lecture-q-2-a-1 = The community health center's free blood-pressure check, where nothing is sold
safety-health-lecture-q-2-a-1-feedback = That's right! The community health center is a proper place. Blood-pressure checks are free, nothing is sold, and you can go without worry.
safety-health-lecture-q-2-a-2 = A health lecture with free eggs and free check-ups by experts
safety-health-lecture-q-2-a-2-feedback = A lecture like this gives out eggs first and ends by selling supplements for thousands of yuan. No need to go. For your blood pressure, go to the community health center.
safety-health-lecture-q-2-a-3 = A free trip with a stop at a supplement factory
safety-health-lecture-q-2-a-3-feedback = On a free trip, they take you somewhere to buy supplements. No need to go. For a blood-pressure check or a health check, go to the community health center.

safety-health-lecture-explain-6 = Before spending a lot of money, talk it over with your family. If you already bought something and feel cheated, don't be embarrassed. Keep the receipt and the packaging, and call 12315 to complain, or call 12345 to ask. If you lost a lot of money, call 110 and report it to the police.

safety-health-lecture-q-3 = You spent three thousand yuan on supplements. Back home, it feels more and more wrong. What do you do?
safety-health-lecture-q-3-a-1 = I'm too embarrassed to say anything, so I let it go
safety-health-lecture-q-3-a-1-feedback = Being cheated is nothing to be ashamed of. Scammers pick on kind people. Tell your family, keep the receipt, and call 12315 to complain.
safety-health-lecture-q-3-a-2 = Tell my family, keep the receipt, and call 12315 to complain
safety-health-lecture-q-3-a-2-feedback = Well done! The sooner you speak up, the better. If you lost a lot of money, call 110.
safety-health-lecture-q-3-a-3 = Buy one more course, because he says I'll get my money back
safety-health-lecture-q-3-a-3-feedback = Please don't buy more. "Buy more and get money back" is a way to take even more of your money. Stop, tell your family, and call 12315 or 110.
