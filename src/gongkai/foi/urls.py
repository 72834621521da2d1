"""Staff pages of 依申请公开, mounted at /workbench/requests/."""

from django.urls import path

from gongkai.foi.views import appeals, cases, letters, steps

app_name = "foi"

urlpatterns = [
    path("", cases.my_requests, name="list"),
    path("approvals/", cases.approvals, name="approvals"),
    path("oversight/", cases.oversight, name="oversight"),
    path("new/", cases.register, name="register"),
    path("letters/", letters.letter_list, name="letters"),
    path("letters/<int:pk>.<str:fmt>", letters.staff_letter, name="letter"),
    path("attachments/<int:pk>/", cases.attachment, name="attachment"),
    path("appeals/<int:pk>/decide/", appeals.decide_appeal, name="decide_appeal"),
    path("<int:pk>/", cases.case, name="case"),
    path("<int:pk>/reveal/<str:field>/", cases.reveal, name="reveal"),
    path("<int:pk>/steps/<str:kind>/", steps.step, name="step"),
    path("<int:pk>/appeals/new/", appeals.file_appeal, name="file_appeal"),
]
