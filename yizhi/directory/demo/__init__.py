"""The generated demo directory: hospitals and doctors that do not exist.

A fresh install has no directory data, yet the doctor and hospital pages, the
related-doctor blocks and their tests need some. Everything here is generated
from a fixed seed, marked `is_demo`, and stored under the source 示例数据.
"""
