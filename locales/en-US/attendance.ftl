# Events and attendance: the senior's check-in by event code, "My events", the learner card,
# and volunteer mode (sign-in, events, check-in by learner code, sending).

home-at-event = I'm at an event
home-my-events = My events
home-learner-card = My learner card
settings-volunteer = Volunteer mode

event-code-title = I'm at an event
event-code-help = Type the 6-digit code the volunteer shows you.
event-code-empty = No digits typed yet
event-code-typed = Code typed: { $value }
event-code-need-six = Type all 6 digits, then tap Check in.
event-code-check-in = Check in
keypad-delete = Delete
check-in-error-storage = The check-in could not be saved on this phone. Please ask a volunteer for help.
prompt-event-code = Type the six numbers the volunteer shows you, then tap Check in.

consent-title = Before you check in
consent-intro = When you check in, your phone sends a short note to the Blue Vest volunteers.
consent-sent = What is sent
consent-sent-code = The event code
consent-sent-learner = Your learner code: a random code, not your name
consent-sent-lessons = The lessons you finished today
consent-never = What is never sent
consent-never-name = Your name
consent-never-phone = Your phone number
consent-once = We ask only once. If you say no, you can still take every lesson.
consent-agree = I agree
consent-not-now = Not now
prompt-consent = Before your first check-in: your phone sends the event code, a random learner code and the lessons you finished today. Never your name or your phone number. Do you agree?

checked-in-title = You are checked in
checked-in-problem-title = There is a problem with this check-in
checked-in-event = Event code { $value }
checked-in-already = You were already checked in at this event.
checked-in-home = Back to Home
prompt-checked-in = You are checked in. It will be sent when there is a connection.

record-waiting = Waiting to send. It will be sent when there is a connection.
record-update-app = Waiting: the server needs a newer version of this app to take it. Please update Blue Vest.
record-sent = Sent ✓
record-sent-conflict = Sent. An organiser will check it.
record-rejected-unknown-code = This code was not recognised. Please check the number with the volunteer.
record-rejected-closed = This event had already ended when the check-in was sent. Please tell the volunteer.
record-rejected-not-permitted = This check-in was not accepted for this event. A volunteer can help.
record-rejected-invalid = Something in this check-in was not right. A volunteer can help.
record-quarantined = This could not be sent. A volunteer can help.

my-events-title = My events
my-events-none = You have not checked in at an event yet.
my-events-event = Event { $value }
prompt-my-events = These are the events you checked in at, and whether each one has been sent.

learner-card-title = My learner card
learner-card-help = Show this card to a volunteer. They can type the code or scan the square picture.
learner-card-code-label = Learner code
learner-card-code = Learner code { $value }
learner-card-qr = QR code of your learner code
learner-card-private = This code is random. It is not your name or your phone number.
learner-card-done = Done
prompt-learner-card = This is your learner card. Show it to a volunteer at an event.

volunteer-sign-in-title = Volunteer sign-in
volunteer-sign-in-help = For volunteers who run events. Seniors do not need to sign in.
volunteer-server = Server address
volunteer-email = Email
volunteer-password = Password
volunteer-sign-in = Sign in
volunteer-signing-in = Signing in…
sign-in-error-password = The email or password is not right. Please check them and try again.
sign-in-error-offline = There is no connection to the server. Please check the internet and the server address.
sign-in-error-too-many = Too many tries. Please wait a minute, then try again.
sign-in-error-server = The server has a problem right now. Please try again later.
sign-in-error-refused = The server did not accept this sign-in. Please check what you typed.
sign-in-error-missing = Please fill in the server address, the email and the password.
sign-in-error-address = The server address should start with http:// or https://
sign-in-error-storage = The sign-in could not be saved on this phone.
prompt-volunteer-sign-in = Volunteer sign-in. Type the server address, your email and your password.

volunteer-home-title = Volunteer mode
volunteer-signed-in-as = Signed in as { $value }
volunteer-new-event = New event
volunteer-events = Events
volunteer-events-none = No events yet. Tap New event to make one.
volunteer-event-code-short = Code { $value }
volunteer-event-not-uploaded = Not uploaded yet
volunteer-event-closed = This event is closed.
volunteer-event-refused-venue = Needs attention: the server did not take this event because of its venue. Its check-ins cannot be sent; please make the event again.
volunteer-event-refused-city = Needs attention: the server did not take this event because of its city. Its check-ins cannot be sent; please make the event again.
volunteer-event-refused-other = Needs attention: the server did not take this event. Its check-ins cannot be sent; please make the event again.
volunteer-sync = Sending
sync-nothing-waiting = Everything has been sent.
sync-waiting =
    { $n ->
        [one] 1 check-in is waiting to send.
       *[other] { $n } check-ins are waiting to send.
    }
sync-never = Nothing has been sent yet.
sync-last-sent = Last sent at { $value }
sync-sending = Sending now…
sync-quarantined =
    { $n ->
        [one] 1 check-in could not be sent. An organiser can help.
       *[other] { $n } check-ins could not be sent. An organiser can help.
    }
sync-packs = Lesson packs on this phone: { $value }
sync-packs-none = No lesson packs on this phone yet.
sync-packs-refused = A lesson pack did not pass its checks and was not installed: { $value }. Please tell the organisers.
sync-problem-no-server = No server address is set on this phone yet.
sync-problem-offline = No connection right now. The check-ins wait on this phone and are sent later.
sync-problem-server-trouble = The server has a problem right now. The phone will try again later.
sync-problem-sign-in-needed = Please sign in again to send the volunteer check-ins.
sync-problem-update-needed = Some check-ins need a newer version of the app before they can be sent. Please update Blue Vest.
sync-problem-storage = This phone could not read or save the check-ins.
volunteer-send-now = Send now
volunteer-sign-out = Sign out
prompt-volunteer-home = Volunteer mode. Make a new event, or open one to check seniors in.

new-event-help = The event starts now. Its code is ready at once; the server gets the event at the next connection.
new-event-venue = Venue
new-event-city = City
new-event-create = Create event
new-event-venue-missing = Please write where the event takes place.
new-event-venue-too-long = Please write the venue in at most 200 characters.
new-event-city-too-long = Please write the city in at most 100 characters.
new-event-error-storage = The event could not be saved on this phone.
prompt-volunteer-new-event = New event. Type the venue, then tap Create event.

volunteer-event-not-uploaded-long = Not uploaded yet: the server gets this event at the next connection.
volunteer-event-code-label = Event code for seniors to type
volunteer-event-code = Event code { $value }
volunteer-event-count =
    { $n ->
        [one] 1 senior checked in here
       *[other] { $n } seniors checked in here
    }
volunteer-learner-code = Learner code (on the learner card)
volunteer-check-in = Check in
volunteer-check-in-done = Checked in: { $value }
volunteer-check-in-already = { $value } is already checked in here.
volunteer-check-in-mistyped = A character looks mistyped; please check the card.
volunteer-check-in-format = A learner code has 8 letters and digits, for example 7KQ2-M9XD.
volunteer-check-in-storage = The check-in could not be saved on this phone.
volunteer-event-checked-in = Checked in here
prompt-volunteer-event = Show seniors this event code, or type the code on their learner card.
