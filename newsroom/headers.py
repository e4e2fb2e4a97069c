"""Cross-Origin-Resource-Policy on every response, static files included.

Django sets the other security headers itself (SecurityMiddleware: HSTS, nosniff,
Referrer-Policy, Cross-Origin-Opener-Policy; XFrameOptionsMiddleware), django-csp the
Content-Security-Policy and django-permissions-policy the Permissions-Policy; nothing sets
this one. It sits before WhiteNoise, so the files WhiteNoise answers get it too.
"""

from __future__ import annotations

from django.conf import settings


class CrossOriginResourcePolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.NEWSROOM_CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response
