# Lesson: Fake boss or old friend (Staying safe from scams)
safety-fake-boss-title = Fake boss or old friend
safety-fake-boss-remember = When someone asks for money online, first call the number you already had for them.

safety-fake-boss-explain-1 = Some scammers pretend to be your old boss, an old coworker or an old classmate. They copy the name and the profile photo from the internet and add you from a new WeChat account. It looks exactly like the real person.
safety-fake-boss-explain-2 = Once you accept, he is in no hurry. First he asks how you are and talks about old times. A few days later, he suddenly needs money: "I'm in a meeting and can't take calls. Please send it for me. I'll pay you back tomorrow."
safety-fake-boss-explain-3 = If you are unsure, he may even start a video call. The picture flickers, he says the signal is bad, and he hangs up. Today a computer can swap a face and copy a voice. In 2023, the police in Baotou told of a businessman who saw his "good friend" on a video call. It looked just like him. The man sent four point three million yuan, and only later learned that the face was fake.
safety-fake-boss-explain-4 = Remember one rule: when anyone online asks you to lend or send money, first call the number you already had for them. Use the number saved in your phone long ago, not a new one they give you. Call even if they say they can't talk. If you can ask in person, do. Don't send a cent until you have checked.

safety-fake-boss-p1 = Someone wants to add you on WeChat. Your old classmate Wang Jianguo is already in your contacts. What do you do?
safety-fake-boss-p1-title = New Friends
safety-fake-boss-p1-name = Wang Jianguo
safety-fake-boss-p1-note = Hey, old classmate, it's Jianguo! I have a new WeChat, please accept me.
safety-fake-boss-p1-accept = Accept
safety-fake-boss-p1-reject = Reject
safety-fake-boss-p1-reject-fb = Well done! You already have Jianguo on WeChat, so a second account is very likely fake. To be sure, call his old number and ask: "Did you change your WeChat?"
safety-fake-boss-p1-accept-fb = Don't accept just yet. You already have Jianguo on WeChat, so this new one may be a scammer. Please tap Reject, then call his old number and ask if he really changed accounts.
safety-fake-boss-p1-family-fb = Good idea! Ask your family to look at it with you. Don't accept yet. One call to Jianguo's old number will clear it up.

safety-fake-boss-p2 = You accepted an "old boss, Director Zhang". A few days later, he sends these messages. How do you reply?
safety-fake-boss-p2-title = Director Zhang
safety-fake-boss-p2-m1 = Old Li, long time no see! How is your health these days?
safety-fake-boss-p2-m2 = Very well, thank you for asking, Director Zhang.
safety-fake-boss-p2-m3 = I'm in a meeting and can't take calls. A friend of mine urgently needs money and I can't send it from here. Please send him twenty thousand yuan for me. I'll pay you back tomorrow.
safety-fake-boss-p2-m4 = Don't call, I can't answer in the meeting. When it's done, send me a screenshot.
safety-fake-boss-p2-send = OK, I'll send it now
safety-fake-boss-p2-call = Let me call your old number first
safety-fake-boss-p2-account = Send me his account number
safety-fake-boss-p2-call-fb = Well done! A real boss won't mind one phone call. Call the number you saved for him long ago and you'll know at once. Don't send a cent until you have checked.
safety-fake-boss-p2-send-fb = Don't send it yet. Money that is sent is very hard to get back. "I can't take calls" is exactly what scammers say. Please call the number you saved for Director Zhang and ask.
safety-fake-boss-p2-account-fb = Asking for the account number means you are getting ready to send money. Forget the account for now, and call the number you saved for Director Zhang to check it is him.
safety-fake-boss-p2-family-fb = Good idea! Talk it over with your family first. Then call the number you saved for Director Zhang, and don't send money until you have checked.

safety-fake-boss-q-1 = Your "old boss" writes on WeChat: "I'm in a meeting, don't call, just send the money for me." What do you do?
safety-fake-boss-q-1-a-1 = Don't bother him, just send the money
safety-fake-boss-q-1-a-1-feedback = Don't send it yet. He tells you not to call because a call would show the truth. Please call the number you saved for him and ask.
safety-fake-boss-q-1-a-2 = Call his old number anyway and check first
safety-fake-boss-q-1-a-2-feedback = That's right! When you call the number you saved, the real person answers.
safety-fake-boss-q-1-a-3 = Ask him a few more questions on WeChat
safety-fake-boss-q-1-a-3-feedback = The person on WeChat may be the scammer, and he will have good answers ready. Call the number you saved for him to really check.

safety-fake-boss-p3 = A WeChat video call comes in. The picture shows your old classmate Wang Jianguo, but it keeps freezing. What do you do?
safety-fake-boss-p3-status = Video frozen
safety-fake-boss-p3-caller = Wang Jianguo
safety-fake-boss-p3-says = See, it's me, right? The signal is bad, I'll hang up now. I need the money urgently, please send it to the account I gave you.
safety-fake-boss-p3-voice = Switch to voice call
safety-fake-boss-p3-hang-up-fb = Well done! Seeing his face does not mean it is him. A computer can swap faces. After you hang up, call the number you saved for Jianguo and ask.
safety-fake-boss-p3-voice-fb = With voice only, it is still the same person asking for money, and a voice can be copied very well. Please hang up and call the number you saved for Jianguo.
safety-fake-boss-p3-family-fb = Good idea! Hang up the video call first, then talk to your family. After that, call the number you saved for Jianguo and ask.

safety-fake-boss-p4 = The phone rings. It is the number of your old classmate Wang Jianguo, saved in your phone for many years. What do you do?
safety-fake-boss-p4-caller = Old classmate Wang Jianguo
safety-fake-boss-p4-answer-fb = Well done! This is his old number, so it is really him. He invites you for tea at your usual place this weekend and says nothing about money. Enjoy the chat. You can also ask him: "Did you change your WeChat?"
safety-fake-boss-p4-decline-fb = This is your old classmate's saved number, so you can answer without worry. If you missed it, that's fine, just call him back.
safety-fake-boss-p4-family-fb = You can ask your family too. But this is your old classmate's saved number, and he isn't asking for money, so it is fine to answer.

safety-fake-boss-q-2 = On a video call, you see your old friend's face and hear his voice. He asks to borrow money. Is it surely him?
safety-fake-boss-q-2-a-1 = Yes, I saw him with my own eyes
safety-fake-boss-q-2-a-1-feedback = Today a computer can swap a face and copy a voice, so something that looks right may still be fake. Hang up, then call the number you saved for him.
safety-fake-boss-q-2-a-2 = Not for sure. Hang up and call his old number to check
safety-fake-boss-q-2-a-2-feedback = That's right! Faces and voices can be faked. The number you saved long ago is what you can trust.
safety-fake-boss-q-2-a-3 = Let him talk a bit longer, then I can tell by the voice
safety-fake-boss-q-2-a-3-feedback = A fake voice sounds right no matter how long it talks, so you can't tell. The safest way is to hang up and call the number you saved for him.

safety-fake-boss-explain-5 = If you have already sent money, call 110 right away, then tell your family. When you are not sure, you can call 96110 to ask. When an old friend calls from his old number just to chat or invite you for tea, with no talk of money, answer and enjoy it.
